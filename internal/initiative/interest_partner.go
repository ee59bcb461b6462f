package initiative

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/errs"
)

// Where the records made from an expression of interest come from, as the
// directory's source fields and consent record say.
const (
	sourcePartnerCall = "partner call"
	sourceConsentForm = "partner call form"
)

// toPipeline takes a stored answer into the directory and the pipeline, and
// records in it what it reached.
func (s *Service) toPipeline(ctx context.Context, c Call, it *Interest) error {
	if s.partners == nil {
		return nil
	}
	err := s.addPartner(ctx, c, it)
	if it.OrgID != 0 {
		err = errors.Join(err, s.calls.LinkInterest(ctx, *it))
	}
	return err
}

// addPartner finds or creates the organization, engages it and adds the
// contact person.
func (s *Service) addPartner(ctx context.Context, c Call, it *Interest) error {
	var err error
	if it.OrgID, err = s.partnerOrg(ctx, *it); err != nil {
		return fmt.Errorf("organization: %w", err)
	}
	if it.EngagementID, err = s.engage(ctx, c, *it); err != nil {
		return fmt.Errorf("engagement: %w", err)
	}
	if it.PersonID, err = s.partnerPerson(ctx, *it); err != nil {
		return fmt.Errorf("contact person: %w", err)
	}
	return nil
}

// partnerOrg returns the organization of an answer: the one in the
// directory with the same name key (of its name or another of its names) in
// the same country, else a new one.
func (s *Service) partnerOrg(ctx context.Context, it Interest) (int64, error) {
	o := directory.Organization{Name: it.OrgName, Country: it.Country, Website: it.Website, Source: sourcePartnerCall}
	ms, err := s.partners.OrgDuplicates(ctx, o)
	if err != nil {
		return 0, err
	}
	for _, m := range ms {
		if m.Score < directory.ScoreStrong || !slices.Contains(m.Reasons, "duplicate.same_name") {
			continue
		}
		found, err := s.partners.Org(ctx, m.ID)
		if err != nil || found.Country == o.Country {
			return found.ID, err
		}
	}
	created, err := s.partners.CreateOrg(ctx, directory.Actor{}, o)
	return created.ID, err
}

// partnerPerson returns the contact person of an answer, affiliated with its
// organization: the one in the directory with the same name and e-mail
// address, else a new one with their consent on record.
func (s *Service) partnerPerson(ctx context.Context, it Interest) (int64, error) {
	given, family := splitName(it.ContactName)
	p := directory.Person{GivenName: given, FamilyName: family, Country: it.Country, Email: it.ContactEmail,
		Source: sourcePartnerCall, Consent: &directory.Consent{Basis: directory.BasisConsent, Date: dayOf(it.CreatedAt), Source: sourceConsentForm}}
	if it.Lang != "" {
		p.Languages = []string{it.Lang}
	}
	id, err := s.knownPerson(ctx, p)
	if err == nil && id == 0 {
		var created directory.Person
		created, err = s.partners.CreatePerson(ctx, directory.Actor{}, p)
		id = created.ID
	}
	if err != nil {
		return 0, err
	}
	return id, s.affiliate(ctx, id, it.OrgID)
}

// knownPerson returns the person in the directory who is likely p, by name
// and e-mail address, or 0.
func (s *Service) knownPerson(ctx context.Context, p directory.Person) (int64, error) {
	ms, err := s.partners.PersonDuplicates(ctx, p)
	if err != nil || len(ms) == 0 {
		return 0, err
	}
	if ms[0].Score >= directory.ScoreStrong && slices.Contains(ms[0].Reasons, "duplicate.same_email") {
		return ms[0].ID, nil
	}
	return 0, nil
}

// affiliate links a person to an organization unless they are linked.
func (s *Service) affiliate(ctx context.Context, personID, orgID int64) error {
	as, err := s.partners.AffiliationsOfPerson(ctx, personID)
	if err != nil || slices.ContainsFunc(as, func(a directory.Affiliation) bool { return a.OrgID == orgID }) {
		return err
	}
	_, err = s.partners.AddAffiliation(ctx, directory.Actor{}, directory.Affiliation{PersonID: personID, OrgID: orgID})
	return err
}

// engage puts the answer's organization in the pipeline, or adds the
// message to its engagement when it is there; it returns the engagement.
func (s *Service) engage(ctx context.Context, c Call, it Interest) (int64, error) {
	for range 2 {
		cur, err := s.calls.EngagementByOrg(ctx, c.InitiativeID, it.OrgID)
		switch {
		case err == nil:
			return cur.ID, s.addNote(ctx, c, it, cur)
		case !errors.Is(err, errs.ErrNotFound):
			return 0, err
		}
		e := Engagement{InitiativeID: c.InitiativeID, OrgID: it.OrgID, Country: memberState(it.Country),
			Roles: slices.Clone(c.Roles), Stage: StageContacted, Responsible: c.Responsible, Inbound: true, Notes: it.Message}
		if ps := validateEngagement(&e, s.now(), false); ps != nil {
			return 0, ps
		}
		h := s.engagementHistory(Actor{}, 0, ActionEngaged, map[string]any{"stage": e.Stage, "call_id": c.ID})
		if err = s.engagements.CreateEngagement(ctx, &e, h); !errors.Is(err, errs.ErrConflict) {
			return e.ID, err
		}
		// engaged meanwhile by someone else: add the message to theirs
	}
	return 0, errs.ErrConflict
}

// addNote appends an answer's message, dated and signed, to the notes of
// engagement e, as long as they have room.
func (s *Service) addNote(ctx context.Context, c Call, it Interest, e Engagement) error {
	if it.Message == "" {
		return nil
	}
	note := it.CreatedAt.Format(time.DateOnly) + ", " + it.ContactName + ": " + it.Message
	for range 3 {
		notes, ok := appendNote(e.Notes, note)
		if !ok {
			return nil
		}
		e.Notes = notes
		h := s.engagementHistory(Actor{}, e.ID, ActionEngagementUp, map[string]any{"fields": []string{"notes"}, "call_id": c.ID})
		err := s.engagements.UpdateEngagement(ctx, &e, h)
		if !errors.Is(err, errs.ErrStale) {
			return err
		}
		if e, err = s.engagements.Engagement(ctx, e.InitiativeID, e.ID); err != nil {
			return err
		}
	}
	return errs.ErrStale
}

// appendNote adds note after notes and a blank line, cut to the longest
// notes an engagement keeps; false when notes are full already.
func appendNote(notes, note string) (string, bool) {
	if notes != "" {
		note = notes + "\n\n" + note
	}
	if utf8.RuneCountInString(notes)+2 >= maxNotes {
		return notes, false
	}
	if r := []rune(note); len(r) > maxNotes {
		note = string(r[:maxNotes])
	}
	return note, true
}
