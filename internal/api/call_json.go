package api

import (
	"time"

	"coalition/internal/initiative"
)

// callTerms are the terms of a partner call as they travel both ways: its
// texts, whom it asks for, and its deadline (YYYY-MM-DD). No member states or
// languages means any.
type callTerms struct {
	Titles    []textJSON `json:"titles"`
	Texts     []textJSON `json:"texts"`
	Roles     []string   `json:"roles"`
	Countries []string   `json:"countries"`
	Topics    []string   `json:"topics"`
	Languages []string   `json:"languages"`
	Deadline  string     `json:"deadline"`
}

// callFields are what a client writes of a partner call, on publication and
// on update. Open defaults to true on publication.
type callFields struct {
	callTerms
	Open              *bool `json:"open,omitempty"`
	ResponsibleUserID int64 `json:"responsible_user_id,omitempty"`
	Version           int64 `json:"version,omitempty"`
}

// call returns the call the fields describe; a deadline that is no date is
// a problem of the field deadline.
func (in callFields) call() (initiative.Call, error) {
	d, err := parseDay("deadline", in.Deadline)
	c := initiative.Call{Titles: texts(in.Titles), Texts: texts(in.Texts), Roles: in.Roles, Countries: in.Countries,
		Topics: in.Topics, Languages: in.Languages, Deadline: d, Open: in.Open == nil || *in.Open,
		Responsible: in.ResponsibleUserID, Version: in.Version}
	return c, err
}

// callTermsJSON is what anyone may see of a partner call: its terms, and
// whether it accepts answers now.
type callTermsJSON struct {
	callTerms
	Accepting bool `json:"accepting"`
}

// newCallTermsJSON shows the terms of c; now decides whether it accepts answers.
func newCallTermsJSON(c initiative.Call, now time.Time) callTermsJSON {
	return callTermsJSON{callTerms: callTerms{Titles: textsJSON(c.Titles), Texts: textsJSON(c.Texts), Roles: codesJSON(c.Roles),
		Countries: codesJSON(c.Countries), Topics: codesJSON(c.Topics), Languages: codesJSON(c.Languages),
		Deadline: dateJSON(c.Deadline)}, Accepting: c.Accepting(now)}
}

// callJSON is a partner call as its initiative's team sees it.
type callJSON struct {
	ID           int64 `json:"id"`
	InitiativeID int64 `json:"initiative_id"`
	callTermsJSON
	Open              bool      `json:"open"`
	ResponsibleUserID int64     `json:"responsible_user_id"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
	Version           int64     `json:"version"`
}

// newCallJSON shows c to its team; now decides whether it accepts answers.
func newCallJSON(c initiative.Call, now time.Time) callJSON {
	return callJSON{ID: c.ID, InitiativeID: c.InitiativeID, callTermsJSON: newCallTermsJSON(c, now), Open: c.Open,
		ResponsibleUserID: c.Responsible, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt, Version: c.Version}
}

// publicCallJSON is a partner call as anyone sees it: without its team's
// details, with the initiative it belongs to.
type publicCallJSON struct {
	ID int64 `json:"id"`
	callTermsJSON
	Initiative publicInitiativeJSON `json:"initiative"`
}

// publicInitiativeJSON names the initiative of a public call and its public page.
type publicInitiativeJSON struct {
	Slug   string     `json:"slug"`
	Titles []textJSON `json:"titles"`
}

// newPublicCallJSON shows c to anyone.
func newPublicCallJSON(c initiative.Call, now time.Time) publicCallJSON {
	return publicCallJSON{ID: c.ID, callTermsJSON: newCallTermsJSON(c, now),
		Initiative: publicInitiativeJSON{Slug: c.InitiativeSlug, Titles: textsJSON(c.InitiativeTitles)}}
}

// codesJSON returns codes, or an empty list for none, so JSON shows [] rather
// than null.
func codesJSON(codes []string) []string {
	if codes == nil {
		return []string{}
	}
	return codes
}

// interestJSON is an expression of interest as a visitor sends it.
// WebsiteURL is the honeypot of the web form: a client that fills it gets
// the usual answer and nothing is stored.
type interestJSON struct {
	OrgName      string `json:"org_name"`
	Country      string `json:"country"`
	Website      string `json:"website,omitempty"`
	ContactName  string `json:"contact_name"`
	ContactEmail string `json:"contact_email"`
	Message      string `json:"message,omitempty"`
	Consent      bool   `json:"consent"`
	Lang         string `json:"lang,omitempty"`
	WebsiteURL   string `json:"website_url,omitempty"`
}

// input returns the answer to call id from client.
func (in interestJSON) input(id int64, client string) initiative.InterestInput {
	return initiative.InterestInput{CallID: id, OrgName: in.OrgName, Country: in.Country, Website: in.Website,
		ContactName: in.ContactName, ContactEmail: in.ContactEmail, Message: in.Message, Consent: in.Consent,
		Lang: in.Lang, Client: client, Honeypot: in.WebsiteURL}
}
