package storetest

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// fullPerson is a person with every field set.
func fullPerson() directory.Person {
	return directory.Person{
		GivenName: "Jānis", FamilyName: "Bērziņš", Kind: "staff", Country: "LV", Languages: []string{"lv", "ru"},
		Email: "janis@example.lv", Phone: "+371 2000 0000", Website: "https://janis.example.lv", Social: "@janis",
		PoliticalGroup: "", Party: "", ExternalID: "",
		Consent: &directory.Consent{Basis: "consent", Date: base.Add(-48 * time.Hour), Source: "form „Rīga”", Note: "by e-mail"},
		Source:  "test",
	}
}

func newPerson(t *testing.T, db *store.DB, given, family, country string) directory.Person {
	t.Helper()
	p := directory.Person{GivenName: given, FamilyName: family, Country: country}
	must(t, "CreatePerson", db.CreatePerson(ctx(t), &p, hist("created")))
	return p
}

func wantPerson(t *testing.T, what string, got, want directory.Person) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s =\n%+v (consent %+v)\nwant\n%+v (consent %+v)", what, got, got.Consent, want, want.Consent)
	}
}

func testPersonCreateAndGet(t *testing.T, db *store.DB) {
	p := fullPerson()
	must(t, "CreatePerson", db.CreatePerson(ctx(t), &p, hist("created")))
	if p.ID <= 0 || p.Version != 1 || p.CreatedAt != norm(base) || p.Consent.Date != norm(base.Add(-48*time.Hour)) {
		t.Fatalf("after CreatePerson: %+v", p)
	}
	got, err := db.Person(ctx(t), p.ID)
	must(t, "Person", err)
	wantPerson(t, "Person", got, p)
	plain := directory.Person{FamilyName: "Only"}
	must(t, "CreatePerson without consent", db.CreatePerson(ctx(t), &plain, hist("created")))
	got, err = db.Person(ctx(t), plain.ID)
	must(t, "Person", err)
	wantPerson(t, "Person without consent", got, plain)
	_, err = db.Person(ctx(t), 424242)
	wantErr(t, "Person of a missing id", err, store.ErrNotFound)
}

func testPersonUpdate(t *testing.T, db *store.DB) {
	p := fullPerson()
	must(t, "CreatePerson", db.CreatePerson(ctx(t), &p, hist("created")))
	stale := p
	p.Consent, p.Email, p.Kind, p.Archived = nil, "", "mep", true
	must(t, "UpdatePerson", db.UpdatePerson(ctx(t), &p, hist("updated")))
	got, err := db.Person(ctx(t), p.ID)
	must(t, "Person", err)
	wantPerson(t, "Person after update", got, p)
	if p.Version != 2 {
		t.Errorf("Version after update = %d", p.Version)
	}
	wantErr(t, "UpdatePerson with a stale version", db.UpdatePerson(ctx(t), &stale, hist("updated")), store.ErrStale)
	missing := directory.Person{ID: 424242, FamilyName: "X", Version: 1}
	wantErr(t, "UpdatePerson of a missing person", db.UpdatePerson(ctx(t), &missing, hist("updated")), store.ErrNotFound)
}

func testPersonExternalID(t *testing.T, db *store.DB) {
	mep := directory.Person{GivenName: "Ana", FamilyName: "Popescu", Kind: "mep", Country: "RO", ExternalID: "197400"}
	must(t, "CreatePerson", db.CreatePerson(ctx(t), &mep, hist("created")))
	got, err := db.PersonByExternalID(ctx(t), "mep", "197400")
	must(t, "PersonByExternalID", err)
	wantPerson(t, "PersonByExternalID", got, mep)
	_, err = db.PersonByExternalID(ctx(t), "journalist", "197400")
	wantErr(t, "PersonByExternalID of another kind", err, store.ErrNotFound)
	_, err = db.PersonByExternalID(ctx(t), "", "")
	wantErr(t, "PersonByExternalID of an empty id", err, store.ErrNotFound)
	dup := directory.Person{FamilyName: "Other", Kind: "mep", ExternalID: "197400"}
	wantErr(t, "CreatePerson with a taken external id", db.CreatePerson(ctx(t), &dup, hist("created")), store.ErrConflict)
	dup.Kind = "journalist"
	must(t, "CreatePerson with the id in another kind", db.CreatePerson(ctx(t), &dup, hist("created")))
	for range 2 {
		none := directory.Person{FamilyName: "No id", Kind: "mep"}
		must(t, "CreatePerson without an external id", db.CreatePerson(ctx(t), &none, hist("created")))
	}
}

func testPersonNameKeyLookup(t *testing.T, db *store.DB) {
	cyr := newPerson(t, db, "Иван", "Петров", "BG")
	lat := newPerson(t, db, "Ivan", "Petrov", "BG")
	newPerson(t, db, "Ivan", "Petrov", "RO")
	newPerson(t, db, "Ivana", "Petrova", "BG")
	key := directory.NameKey("Petrov Ivan")
	got, err := db.PeopleByNameKey(ctx(t), key, "BG")
	must(t, "PeopleByNameKey", err)
	if ids := personIDs(got); !slices.Equal(ids, []int64{cyr.ID, lat.ID}) {
		t.Errorf("PeopleByNameKey(%q, BG) = %v, want %d and %d", key, ids, cyr.ID, lat.ID)
	}
	got, err = db.PeopleByNameKey(ctx(t), key, "")
	must(t, "PeopleByNameKey", err)
	if len(got) != 3 {
		t.Errorf("PeopleByNameKey in every country = %v", personIDs(got))
	}
}

func personIDs(ps []directory.Person) []int64 {
	var out []int64
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func testPeopleByIDAndScan(t *testing.T, db *store.DB) {
	a, b := newPerson(t, db, "A", "A", "LV"), newPerson(t, db, "B", "B", "LV")
	got, err := db.PeopleByID(ctx(t), []int64{b.ID, 424242, a.ID})
	must(t, "PeopleByID", err)
	if ids := personIDs(got); !slices.Equal(ids, []int64{b.ID, a.ID}) {
		t.Errorf("PeopleByID = %v", ids)
	}
	var seen []int64
	must(t, "ScanPeople", db.ScanPeople(ctx(t), func(p directory.Person) error {
		seen = append(seen, p.ID)
		return nil
	}))
	if !slices.Equal(seen, []int64{a.ID, b.ID}) {
		t.Errorf("ScanPeople saw %v", seen)
	}
}
