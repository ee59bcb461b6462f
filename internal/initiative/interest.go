package initiative

import (
	"context"
	"errors"
	"time"

	"coalition/internal/directory"
)

// ErrHoneypot is ExpressInterest's answer to a form whose hidden honeypot
// field was filled, as only bots do. Nothing is stored; front ends answer as
// if it had succeeded, so the bot learns nothing.
var ErrHoneypot = errors.New("initiative: honeypot field filled")

// InterestInput is an answer to a partner call, as a visitor sends it.
type InterestInput struct {
	CallID       int64
	OrgName      string
	Country      string // ISO 3166-1 code of the organization's country
	Website      string
	ContactName  string
	ContactEmail string
	Message      string
	Consent      bool   // the contact agrees to be contacted about the call
	Lang         string // the language the form was filled in, optional
	// Client is the visitor's network address, for the rate limit; only a
	// hash of it is kept, and only for the limit's window. Every request
	// without one shares one limit.
	Client string
	// Honeypot is a form field people never see; filled, it gives ErrHoneypot.
	Honeypot string
}

// Interest is an expression of interest as stored, with the directory
// records and the engagement it led to.
type Interest struct {
	ID           int64
	CallID       int64
	OrgName      string
	Country      string // ISO 3166-1
	Website      string
	ContactName  string
	ContactEmail string
	Message      string
	Lang         string
	ClientHash   string // "" once the rate limit's window has passed
	// OrgID, PersonID and EngagementID are 0 until the interest has reached
	// the directory and the pipeline.
	OrgID        int64
	PersonID     int64
	EngagementID int64
	CreatedAt    time.Time
}

// RateLimit caps how many expressions of interest one client may send: at
// most Max since Since.
type RateLimit struct {
	Max   int
	Since time.Time
}

// InterestStore keeps expressions of interest.
type InterestStore interface {
	// AddInterest stores in and sets its ID, unless in.ClientHash has sent
	// limit.Max or more since limit.Since: then it is errs.ErrRateLimited.
	AddInterest(ctx context.Context, in *Interest, limit RateLimit) error
	// LinkInterest records the organization, person and engagement of in.
	LinkInterest(ctx context.Context, in Interest) error
	// Interests returns the answers to a call, oldest first.
	Interests(ctx context.Context, callID int64) ([]Interest, error)
	// ForgetInterestClients clears the client hashes stored before the given
	// time and returns how many it cleared.
	ForgetInterestClients(ctx context.Context, before time.Time) (int64, error)
	// EngagementByOrg returns the engagement of an organization in an
	// initiative, or ErrNotFound.
	EngagementByOrg(ctx context.Context, initiativeID, orgID int64) (Engagement, error)
}

// Partners is the directory as expressions of interest need it;
// *directory.Service satisfies it.
type Partners interface {
	OrgDuplicates(ctx context.Context, o directory.Organization) ([]directory.Match, error)
	Org(ctx context.Context, id int64) (directory.Organization, error)
	CreateOrg(ctx context.Context, actor directory.Actor, o directory.Organization) (directory.Organization, error)
	PersonDuplicates(ctx context.Context, p directory.Person) ([]directory.Match, error)
	CreatePerson(ctx context.Context, actor directory.Actor, p directory.Person) (directory.Person, error)
	AffiliationsOfPerson(ctx context.Context, personID int64) ([]directory.Affiliation, error)
	AddAffiliation(ctx context.Context, actor directory.Actor, a directory.Affiliation) (directory.Affiliation, error)
}

// Notifier tells a team member that an expression of interest arrived.
type Notifier interface {
	InterestExpressed(ctx context.Context, n InterestNotice) error
}

// InterestNotice is what a Notifier passes on: the answer, the call and the
// initiative, and the user to tell (the call's responsible team member, or
// an organizer when that user has left).
type InterestNotice struct {
	RecipientID int64
	Initiative  Initiative
	Call        Call
	Interest    Interest
}
