package web

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// groupCheckView is the check of a group of organisers in plain words.
type groupCheckView struct {
	OK         bool
	Summary    string   // complete, or not yet
	Missing    []string // what is missing
	States     []string // the member states of residence of the members who count, named
	On         string   // the day checked, YYYY-MM-DD
	Registered bool     // On is the registration date (else today)
	Preview    *memberPreview
}

// memberPreview is the check of the member being typed into a form.
type memberPreview struct {
	Name   string
	Counts bool
	Notes  []string
}

// newGroupCheckView words check c, made on the day on, in lang.
func (s *Server) newGroupCheckView(lang string, c eci.GroupCheck, on time.Time, registered bool) groupCheckView {
	v := groupCheckView{OK: c.OK, Missing: s.groupNotes(lang, c.Missing), States: stateNames(lang, c.States),
		On: on.Format(time.DateOnly), Registered: registered, Summary: s.i18n.T(lang, "initiative.group.incomplete")}
	if c.OK {
		v.Summary = s.i18n.N(lang, "initiative.group.complete", c.Eligible, "states", len(c.States))
	}
	return v
}

// groupNotes translates the notes of a check; counted notes take their
// plural form.
func (s *Server) groupNotes(lang string, ns []eci.Note) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		if n.Counted {
			out[i] = s.i18n.N(lang, n.Key, n.N, n.Args...)
		} else {
			out[i] = s.i18n.T(lang, n.Key, n.Args...)
		}
	}
	return out
}

// newOrganizerRow labels a member of the group in lang with their check.
func (s *Server) newOrganizerRow(lang string, o initiative.Organizer, counts bool, notes []eci.Note) organizerRow {
	return organizerRow{ID: o.ID, Version: o.Version, Name: o.Name, Email: o.Email,
		Residence: countryName(lang, o.Residence), Nationality: countryName(lang, o.Nationality),
		BirthDate: personDayText(o.BirthDate), AgeConfirmed: o.AgeConfirmed, MEP: o.MEP,
		Role: s.organizerRoleLabel(lang, o.Role), Counts: counts, Notes: s.groupNotes(lang, notes)}
}

// groupCheck answers the live check of the group form: the check of the
// group with the member being typed (added, or in place of the member an
// edit form is about), nothing saved. It returns only the check, for htmx to
// put in place, and a short version of it out of band for beside the form's
// button; without JavaScript the check updates when the form is saved.
func (s *Server) groupCheck(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, _, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return err
	}
	os, _, err := s.inits.Group(ctx, actor, id)
	if err != nil {
		return err
	}
	_, typed, _ := organizerFromForm(r, id, 0) // a date that is not one counts as none here
	members, at := withTyped(os, typed.Organizer, formInt64(r.PostFormValue("oid")))
	on := checkDay(in, time.Now().UTC())
	c := eci.CheckGroup(members, on)
	v := s.newGroupCheckView(lang, c, on, !in.RegisteredOn.IsZero())
	if at >= 0 {
		v.Preview = &memberPreview{Name: typed.Name, Counts: c.Members[at].Counts, Notes: s.groupNotes(lang, c.Members[at].Notes)}
	}
	return s.renderFragment(w, r, "initiative_group.html", "group-check-live", v)
}

// withTyped returns the facts of the group with typed in place of member
// oid, or added when oid is not in the group, and typed's index; -1 and the
// group as it is when nothing is typed yet.
func withTyped(os []initiative.Organizer, typed eci.Organizer, oid int64) ([]eci.Organizer, int) {
	members := make([]eci.Organizer, len(os))
	for i, o := range os {
		members[i] = o.Organizer
	}
	if !organizerTyped(typed) {
		return members, -1
	}
	if i := slices.IndexFunc(os, func(o initiative.Organizer) bool { return o.ID == oid }); oid != 0 && i >= 0 {
		members[i] = typed
		return members, i
	}
	return append(members, typed), len(members)
}

// renderFragment writes one named template of a page file, without the
// layout, for htmx to swap into the page.
func (s *Server) renderFragment(w http.ResponseWriter, r *http.Request, page, name string, data any) error {
	t, ok := s.pages[i18n.Lang(r.Context())][page]
	if !ok {
		return fmt.Errorf("web: no template %q", page)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("web: render %s in %s: %w", name, page, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w) // a failed write means the client went away
	return nil
}
