package directory_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
)

var now = time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)

// newService returns a service on a fresh SQLite database with a fixed clock.
func newService(t *testing.T) *directory.Service {
	t.Helper()
	s := directory.NewService(storetest.OpenSQLite(t))
	s.SetClock(func() time.Time { return now })
	return s
}

var alice = directory.Actor{UserID: 0} // the system: no user table row needed

// wantLocalized fails unless err carries a LocalizedError of kind with key on field.
func wantLocalized(t *testing.T, err, kind error, field, key string) {
	t.Helper()
	var le *i18n.LocalizedError
	if !errors.Is(err, kind) || !errors.As(err, &le) || le.Field != field || le.Key != key {
		t.Fatalf("err = %v; want %v on %q with key %s", err, kind, field, key)
	}
}

func historyOf(t *testing.T, hs []directory.HistoryEntry) []string {
	t.Helper()
	var out []string
	for _, h := range hs {
		out = append(out, h.Action+" "+h.Detail)
	}
	return out
}

func TestCreateOrgValidates(t *testing.T) {
	s := newService(t)
	_, err := s.CreateOrg(t.Context(), alice, directory.Organization{Country: "XX", Website: "no such thing"})
	if !errors.Is(err, errs.ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	var ps directory.Problems
	if !errors.As(err, &ps) || len(ps) != 3 {
		t.Fatalf("problems = %v, want name, country and website", err)
	}
	o, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "  Greenpeace   e.V. ", Country: "de", Website: "greenpeace.de"})
	if err != nil {
		t.Fatal(err)
	}
	if o.ID == 0 || o.Name != "Greenpeace e.V." || o.Country != "DE" || o.Website != "https://greenpeace.de" || o.CreatedAt != now {
		t.Errorf("created %+v", o)
	}
	hs, err := s.OrgHistory(t.Context(), o.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := historyOf(t, hs); !slices.Equal(got, []string{`created {"fields":["name","country","website"]}`}) {
		t.Errorf("history = %v", got)
	}
}

func TestUpdateOrg(t *testing.T) {
	s := newService(t)
	o, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "Zaļā Brīvība", Country: "LV"})
	if err != nil {
		t.Fatal(err)
	}
	read := o
	o.City, o.Website, o.Names = "Rīga", "zb.lv", []directory.Text{{Lang: "en", Value: "Green Freedom"}}
	updated, err := s.UpdateOrg(t.Context(), directory.Actor{UserID: 3}, o)
	if err != nil {
		t.Fatal(err)
	}
	if updated.Version != 2 || updated.Website != "https://zb.lv" {
		t.Errorf("updated %+v", updated)
	}
	same, err := s.UpdateOrg(t.Context(), alice, updated)
	if err != nil || same.Version != 2 {
		t.Errorf("an update without changes: Version %d, %v", same.Version, err)
	}
	read.City = "Cēsis"
	_, err = s.UpdateOrg(t.Context(), alice, read)
	wantLocalized(t, err, errs.ErrStale, "", "error.stale")
	hs, err := s.OrgHistory(t.Context(), o.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := historyOf(t, hs)
	if len(got) != 2 || got[1] != `updated {"fields":["names","city","website"]}` || hs[1].UserID != 3 {
		t.Errorf("history = %v", got)
	}
	o.ID = 424242
	_, err = s.UpdateOrg(t.Context(), alice, o)
	wantLocalized(t, err, errs.ErrNotFound, "", "error.not_found")
}

func TestOrgRegistryConflictNamesTheField(t *testing.T) {
	s := newService(t)
	reg := directory.RegistryIDs{Transparency: "123456789-01", PIC: "912345678"}
	if _, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "A", Registry: reg}); err != nil {
		t.Fatal(err)
	}
	_, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "B", Registry: directory.RegistryIDs{PIC: "912345678"}})
	wantLocalized(t, err, errs.ErrConflict, "registry.pic", "error.conflict")
}

func TestSetOrgArchived(t *testing.T) {
	s := newService(t)
	o, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "Društvo", Country: "SI"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.SetOrgArchived(t.Context(), alice, o.ID, o.Version+1, true)
	wantLocalized(t, err, errs.ErrStale, "", "error.stale")
	archived, err := s.SetOrgArchived(t.Context(), alice, o.ID, o.Version, true)
	if err != nil || !archived.Archived || archived.Version != 2 {
		t.Fatalf("archive: %+v, %v", archived, err)
	}
	again, err := s.SetOrgArchived(t.Context(), alice, o.ID, archived.Version, true)
	if err != nil || again.Version != 2 {
		t.Errorf("archiving twice: Version %d, %v", again.Version, err)
	}
	edited := archived
	edited.City = "Maribor"
	if edited, err = s.UpdateOrg(t.Context(), alice, edited); err != nil || !edited.Archived {
		t.Errorf("an edit of an archived organization: %+v, %v", edited, err)
	}
	restored, err := s.SetOrgArchived(t.Context(), alice, o.ID, edited.Version, false)
	if err != nil || restored.Archived {
		t.Fatalf("restore: %+v, %v", restored, err)
	}
	hs, _ := s.OrgHistory(t.Context(), o.ID)
	want := []string{`created {"fields":["name","country"]}`, `archived {"fields":["archived"]}`,
		`updated {"fields":["city"]}`, `restored {"fields":["archived"]}`}
	if got := historyOf(t, hs); !slices.Equal(got, want) {
		t.Errorf("history = %v", got)
	}
	cs, err := s.Changes(t.Context(), 0, 0)
	if err != nil || len(cs) != 4 {
		t.Errorf("changes = %d, %v; want 4", len(cs), err)
	}
	_, err = s.OrgHistory(t.Context(), 424242)
	wantLocalized(t, err, errs.ErrNotFound, "", "error.not_found")
}
