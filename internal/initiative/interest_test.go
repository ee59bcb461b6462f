package initiative_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/config"
	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/mail"
	"coalition/internal/mail/mailtest"
)

// interestEnv is callEnv with the directory and e-mail: notices go over SMTP
// to a test listener. ana, who speaks Latvian, is responsible for the call.
type interestEnv struct {
	callEnv
	dir  *directory.Service
	smtp *mailtest.Server
	call initiative.Call
}

func newInterestEnv(t *testing.T) interestEnv {
	t.Helper()
	e := interestEnv{callEnv: newCallEnv(t), smtp: mailtest.NewServer(t, "none")}
	e.dir = directory.NewService(e.db)
	e.dir.SetClock(func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) })
	e.calls.SetPartners(e.dir)
	users := account.NewService(e.db)
	if err := users.SetLanguage(t.Context(), e.ana.UserID, "lv"); err != nil {
		t.Fatal(err)
	}
	sender := &mail.SMTP{Config: config.SMTP{Host: e.smtp.Host, Port: e.smtp.Port, From: "noreply@coalition.example", TLS: "none"}}
	e.calls.SetNotifier(&mail.InterestNotifier{Sender: sender, Users: users, I18n: i18n.MustLoad(), BaseURL: "https://coalition.example"})
	c := newCall(e.in.ID, "2027-01-31")
	c.Titles = []directory.Text{{Lang: "en", Value: "Partners wanted"}, {Lang: "lv", Value: "Meklējam partnerus"}}
	c.Roles = []string{"intermediary", "volunteer"}
	e.call = e.publish(t, c)
	return e
}

// answer is a valid expression of interest in the env's call.
func (e interestEnv) answer(org, message string) initiative.InterestInput {
	return initiative.InterestInput{CallID: e.call.ID, OrgName: org, Country: "lv", Website: "zb.lv",
		ContactName: " Anna  Bērziņa ", ContactEmail: "Anna@ZB.lv", Message: message, Consent: true, Lang: "lv", Client: "203.0.113.7"}
}

func (e interestEnv) express(t *testing.T, in initiative.InterestInput) initiative.Interest {
	t.Helper()
	it, err := e.calls.ExpressInterest(t.Context(), in)
	if err != nil {
		t.Fatalf("ExpressInterest: %v", err)
	}
	return it
}

func TestExpressInterestReachesThePipelineAndTheTeam(t *testing.T) {
	e := newInterestEnv(t)
	ctx := t.Context()
	it := e.express(t, e.answer("Zaļā Brīvība", "Varam vākt parakstus Rīgā."))
	if it.OrgID == 0 || it.PersonID == 0 || it.EngagementID == 0 || it.ContactEmail != "anna@zb.lv" || it.ContactName != "Anna Bērziņa" {
		t.Fatalf("interest %+v", it)
	}
	org, err := e.dir.Org(ctx, it.OrgID)
	if err != nil || org.Name != "Zaļā Brīvība" || org.Country != "LV" || org.Website != "https://zb.lv" || org.Source != "partner call" {
		t.Errorf("organization %+v, %v", org, err)
	}
	p, err := e.dir.Person(ctx, it.PersonID)
	if err != nil || p.GivenName != "Anna" || p.FamilyName != "Bērziņa" || p.Email != "anna@zb.lv" || p.Consent == nil {
		t.Fatalf("person %+v, %v", p, err)
	}
	if c := *p.Consent; c.Basis != directory.BasisConsent || c.Source != "partner call form" || c.Date.Format(time.DateOnly) != "2026-11-21" {
		t.Errorf("consent %+v", c)
	}
	if as, err := e.dir.AffiliationsOfPerson(ctx, p.ID); err != nil || len(as) != 1 || as[0].OrgID != org.ID {
		t.Errorf("affiliations %+v, %v", as, err)
	}
	eng, _, err := e.s.EngagementOf(ctx, e.ana, e.in.ID, it.EngagementID)
	if err != nil || !eng.Inbound || eng.Stage != initiative.StageContacted || eng.Country != "LV" || eng.OrgID != org.ID ||
		strings.Join(eng.Roles, ",") != "intermediary,volunteer" || eng.Notes != "Varam vākt parakstus Rīgā." || eng.Responsible != e.ana.UserID {
		t.Errorf("engagement %+v, %v", eng, err)
	}
	msg := e.smtp.Wait(t, 1)[0]
	if strings.Join(msg.To, ",") != "ana@example.org" {
		t.Errorf("notice to %v", msg.To)
	}
	subject, body, replyTo := readNotice(t, msg)
	if subject != "Zaļā Brīvība atsaucās uz partneru uzaicinājumu “Meklējam partnerus”" {
		t.Errorf("subject %q", subject)
	}
	for _, want := range []string{"Varam vākt parakstus Rīgā.", "Anna Bērziņa <anna@zb.lv>", fmt.Sprintf("https://coalition.example/initiatives/%d/pipeline/%d", e.in.ID, it.EngagementID)} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if replyTo != "anna@zb.lv" {
		t.Errorf("Reply-To %q", replyTo)
	}
	stored, err := e.calls.Interests(ctx, e.bo, e.call.ID)
	if err != nil || len(stored) != 1 || stored[0].EngagementID != it.EngagementID || stored[0].ClientHash == "" || strings.Contains(stored[0].ClientHash, "203.0.113") {
		t.Errorf("the team's list %+v, %v", stored, err)
	}
}

// readNotice decodes a notice's subject, body and Reply-To address.
func readNotice(t *testing.T, m mailtest.Message) (subject, body, replyTo string) {
	t.Helper()
	msg, err := netmail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil {
		t.Fatal(err)
	}
	if a, err := msg.Header.AddressList("Reply-To"); err == nil && len(a) == 1 {
		replyTo = a[0].Address
	}
	return subject, string(b), replyTo
}

func TestExpressInterestFindsTheOrganization(t *testing.T) {
	e := newInterestEnv(t)
	ctx := t.Context()
	known, err := e.dir.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Biedrība Zaļā Brīvība", Country: "LV"})
	if err != nil {
		t.Fatal(err)
	}
	first := e.express(t, e.answer("Zaļā Brīvība", "Pirmā ziņa."))
	second := e.express(t, e.answer("ZAĻĀ BRĪVĪBA biedrība", "Otrā ziņa."))
	if first.OrgID != known.ID || second.OrgID != known.ID || second.EngagementID != first.EngagementID || second.PersonID != first.PersonID {
		t.Fatalf("first %+v\nsecond %+v\nwant organization %d", first, second, known.ID)
	}
	eng, _, err := e.s.EngagementOf(ctx, e.ana, e.in.ID, first.EngagementID)
	if err != nil || eng.Notes != "Pirmā ziņa.\n\n2026-11-21, Anna Bērziņa: Otrā ziņa." || eng.Version != 2 {
		t.Errorf("notes %q (version %d), %v", eng.Notes, eng.Version, err)
	}
	if as, _ := e.dir.AffiliationsOfPerson(ctx, first.PersonID); len(as) != 1 {
		t.Errorf("affiliations %+v", as)
	}
	abroad := e.answer("Zaļā Brīvība", "")
	abroad.Country = "EE"
	if it := e.express(t, abroad); it.OrgID == known.ID || it.EngagementID == first.EngagementID {
		t.Errorf("the same name in another country: %+v", it)
	}
	if n := len(e.smtp.Wait(t, 3)); n != 3 {
		t.Errorf("%d notices, want 3", n)
	}
}

func TestExpressInterestRateLimit(t *testing.T) {
	e := newInterestEnv(t)
	for i := range 5 {
		in := e.answer("Zaļā Brīvība", "")
		in.Client = "2001:db8:1:2::" + string(rune('1'+i))
		e.express(t, in)
	}
	sixth := e.answer("Eko Klubs", "")
	sixth.Client = "[2001:db8:1:2:aaaa::9]:443"
	_, err := e.calls.ExpressInterest(t.Context(), sixth)
	var le *i18n.LocalizedError
	if !errors.Is(err, errs.ErrRateLimited) || !errors.As(err, &le) || le.Key != "call.rate_limited" {
		t.Fatalf("the sixth within the hour: %v", err)
	}
	if text := i18n.MustLoad().T("lv", le.Key); text == le.Key || !strings.Contains(text, "stundā") {
		t.Errorf("translated: %q", text)
	}
	other := e.answer("Eko Klubs", "")
	other.Client = "2001:db8:1:3::1"
	e.express(t, other)
	e.s.SetClock(func() time.Time { return time.Date(2026, 11, 21, 13, 1, 0, 0, time.UTC) })
	e.express(t, sixth)
}

func TestExpressInterestHoneypot(t *testing.T) {
	e := newInterestEnv(t)
	in := e.answer("Zaļā Brīvība", "spam")
	in.Honeypot = "http://spam.example"
	if _, err := e.calls.ExpressInterest(t.Context(), in); !errors.Is(err, initiative.ErrHoneypot) {
		t.Errorf("a filled honeypot: %v", err)
	}
	if stored, err := e.calls.Interests(t.Context(), e.ana, e.call.ID); err != nil || len(stored) != 0 {
		t.Errorf("stored %+v, %v", stored, err)
	}
}

func TestExpressInterestRefused(t *testing.T) {
	e := newInterestEnv(t)
	for _, tc := range []struct {
		name       string
		change     func(in *initiative.InterestInput)
		field, key string
	}{
		{"no organization", func(in *initiative.InterestInput) { in.OrgName = " " }, "org_name", "validation.required"},
		{"no country", func(in *initiative.InterestInput) { in.Country = "" }, "country", "validation.required"},
		{"an unknown country", func(in *initiative.InterestInput) { in.Country = "QQ" }, "country", "validation.country"},
		{"a bad website", func(in *initiative.InterestInput) { in.Website = "not a site" }, "website", "validation.url"},
		{"no contact name", func(in *initiative.InterestInput) { in.ContactName = "" }, "contact_name", "validation.required"},
		{"no e-mail", func(in *initiative.InterestInput) { in.ContactEmail = "" }, "contact_email", "validation.required"},
		{"a bad e-mail", func(in *initiative.InterestInput) { in.ContactEmail = "anna@" }, "contact_email", "validation.email"},
		{"a long message", func(in *initiative.InterestInput) { in.Message = strings.Repeat("ā", 2001) }, "message", "validation.too_long"},
		{"no consent", func(in *initiative.InterestInput) { in.Consent = false }, "consent", "validation.required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := e.answer("Zaļā Brīvība", "")
			tc.change(&in)
			_, err := e.calls.ExpressInterest(t.Context(), in)
			wantKey(t, tc.name, err, tc.field, tc.key)
		})
	}
	closed := e.call
	closed.Open = false
	if _, err := e.calls.UpdateCall(t.Context(), e.ana, closed); err != nil {
		t.Fatal(err)
	}
	_, err := e.calls.ExpressInterest(t.Context(), e.answer("Zaļā Brīvība", ""))
	wantKey(t, "a closed call", err, "", "call.closed")
	past := e.publish(t, newCall(e.in.ID, "2026-11-30"))
	e.setDay("2026-12-01")
	in := e.answer("Zaļā Brīvība", "")
	in.CallID = past.ID
	_, err = e.calls.ExpressInterest(t.Context(), in)
	wantKey(t, "a call past its deadline", err, "", "call.closed")
	if ms := e.smtp.Messages(); len(ms) != 0 {
		t.Errorf("%d notices for refused answers", len(ms))
	}
}

func TestExpressInterestOfAnUnpublishedInitiative(t *testing.T) {
	e := newInterestEnv(t)
	hidden, err := e.s.Create(t.Context(), e.ana, newECI("Unpublished"))
	if err != nil {
		t.Fatal(err)
	}
	in := e.answer("Zaļā Brīvība", "")
	in.CallID = e.publish(t, newCall(hidden.ID, "2027-01-31")).ID
	if _, err := e.calls.ExpressInterest(t.Context(), in); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("a call of an unpublished initiative: %v", err)
	}
}

func TestExpressInterestSurvivesAFailedNotice(t *testing.T) {
	e := newInterestEnv(t)
	e.smtp.Close()
	it := e.express(t, e.answer("Zaļā Brīvība", "Sveiki."))
	stored, err := e.calls.Interests(t.Context(), e.ana, e.call.ID)
	if err != nil || len(stored) != 1 || stored[0].ID != it.ID || stored[0].EngagementID == 0 {
		t.Errorf("stored %+v, %v", stored, err)
	}
}

func TestInterestsOfACoordinator(t *testing.T) {
	e := newInterestEnv(t)
	if err := e.s.SetMember(t.Context(), e.ana, initiative.Member{InitiativeID: e.in.ID, UserID: e.cy.UserID,
		Role: initiative.RoleCoordinator, Countries: []string{"EE"}}); err != nil {
		t.Fatal(err)
	}
	e.express(t, e.answer("Zaļā Brīvība", ""))
	estonian := e.answer("Roheline Liikumine", "")
	estonian.Country = "EE"
	ee := e.express(t, estonian)
	got, err := e.calls.Interests(t.Context(), e.cy, e.call.ID)
	if err != nil || len(got) != 1 || got[0].ID != ee.ID {
		t.Errorf("the coordinator of EE sees %+v, %v", got, err)
	}
	if _, err := e.calls.Interests(t.Context(), e.admin, e.call.ID); err != nil {
		t.Errorf("an administrator: %v", err)
	}
}
