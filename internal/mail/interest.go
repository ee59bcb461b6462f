package mail

import (
	"context"
	"fmt"
	netmail "net/mail"
	"strconv"

	"coalition/internal/account"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// Users gives a user by id; *account.Service satisfies it.
type Users interface {
	User(ctx context.Context, id int64) (account.User, error)
}

// InterestNotifier e-mails the team member the initiative service names when
// an expression of interest arrives, in that user's language, with a
// Reply-To of the contact who wrote. It is an initiative.Notifier.
type InterestNotifier struct {
	Sender  Sender
	Users   Users
	I18n    *i18n.Bundle
	BaseURL string // Coalition's public address, for the link to the pipeline
}

var _ initiative.Notifier = (*InterestNotifier)(nil)

// InterestExpressed sends the notice; a disabled user gets none.
func (n *InterestNotifier) InterestExpressed(ctx context.Context, x initiative.InterestNotice) error {
	u, err := n.Users.User(ctx, x.RecipientID)
	if err != nil {
		return fmt.Errorf("mail: recipient %d: %w", x.RecipientID, err)
	}
	if u.Disabled {
		return nil
	}
	return n.Sender.Send(ctx, n.message(u, x))
}

// message writes the notice to u.
func (n *InterestNotifier) message(u account.User, x initiative.InterestNotice) Message {
	lang := u.Language
	if !n.I18n.Supported(lang) {
		lang = i18n.Fallback
	}
	it, call := x.Interest, x.Call.Title(lang)
	name := u.Name
	if name == "" {
		name = u.Email
	}
	body := n.I18n.T(lang, "mail.interest.body", "name", name, "organization", it.OrgName, "country", it.Country,
		"website", orDash(it.Website), "contact", it.ContactName, "email", it.ContactEmail, "message", orDash(it.Message),
		"call", call, "initiative", x.Initiative.Title(lang), "link", n.link(x))
	return Message{
		To:      []netmail.Address{{Name: u.Name, Address: u.Email}},
		ReplyTo: netmail.Address{Name: it.ContactName, Address: it.ContactEmail},
		Subject: n.I18n.T(lang, "mail.interest.subject", "organization", it.OrgName, "call", call),
		Body:    body,
	}
}

// link returns the address of the answer's engagement in the pipeline, or
// of the initiative when the answer did not reach the pipeline.
func (n *InterestNotifier) link(x initiative.InterestNotice) string {
	u := n.BaseURL + "/initiatives/" + strconv.FormatInt(x.Initiative.ID, 10)
	if x.Interest.EngagementID != 0 {
		u += "/pipeline/" + strconv.FormatInt(x.Interest.EngagementID, 10)
	}
	return u
}

// orDash returns s, or a dash for an empty s.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
