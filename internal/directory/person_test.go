package directory_test

import (
	"errors"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

func TestCreatePersonConsentRule(t *testing.T) {
	s := newService(t)
	p := directory.Person{GivenName: "Ana", FamilyName: "Popescu", Kind: "volunteer", Email: "ana@example.ro"}
	_, err := s.CreatePerson(t.Context(), alice, p)
	wantLocalized(t, err, errs.ErrInvalid, "consent", "validation.consent_required")
	p.Consent = &directory.Consent{Basis: "consent", Date: now.AddDate(0, 0, 3), Source: "form"}
	_, err = s.CreatePerson(t.Context(), alice, p)
	wantLocalized(t, err, errs.ErrInvalid, "consent.date", "validation.date_future")
	p.Consent.Date = now.AddDate(0, 0, -3)
	created, err := s.CreatePerson(t.Context(), alice, p)
	if err != nil || created.Consent == nil || created.Consent.Basis != "consent" {
		t.Fatalf("CreatePerson with consent: %+v, %v", created, err)
	}
	mep := directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Kind: "mep", Email: "janis@ep.europa.eu", ExternalID: "1"}
	if _, err := s.CreatePerson(t.Context(), alice, mep); err != nil {
		t.Errorf("an MEP needs no consent record: %v", err)
	}
	mep.GivenName = "Other"
	_, err = s.CreatePerson(t.Context(), alice, mep)
	wantLocalized(t, err, errs.ErrConflict, "external_id", "error.conflict")
}

func TestUpdatePersonAndArchive(t *testing.T) {
	s := newService(t)
	p, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Иван", FamilyName: "Петров", Country: "bg"})
	if err != nil {
		t.Fatal(err)
	}
	read := p
	p.Phone = "+359 2 000 000"
	_, err = s.UpdatePerson(t.Context(), alice, p)
	var ps directory.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Key != "validation.consent_required" {
		t.Fatalf("a phone number without consent: %v", err)
	}
	p.Consent = &directory.Consent{Basis: "legitimate_interest", Date: now, Source: "conference list"}
	updated, err := s.UpdatePerson(t.Context(), alice, p)
	if err != nil || updated.Version != 2 {
		t.Fatalf("UpdatePerson: %+v, %v", updated, err)
	}
	_, err = s.UpdatePerson(t.Context(), alice, read)
	wantLocalized(t, err, errs.ErrStale, "", "error.stale")
	archived, err := s.SetPersonArchived(t.Context(), alice, p.ID, updated.Version, true)
	if err != nil || !archived.Archived {
		t.Fatalf("SetPersonArchived: %+v, %v", archived, err)
	}
	hs, err := s.PersonHistory(t.Context(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := historyOf(t, hs)
	if len(got) != 3 || got[1] != `updated {"fields":["phone","consent"]}` || got[2] != `archived {"fields":["archived"]}` {
		t.Errorf("history = %v", got)
	}
	_, err = s.Person(t.Context(), 424242)
	var le *i18n.LocalizedError
	if !errors.Is(err, errs.ErrNotFound) || !errors.As(err, &le) {
		t.Errorf("Person of a missing id: %v", err)
	}
}
