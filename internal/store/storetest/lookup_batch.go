package storetest

import (
	"fmt"
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// batchRows is more than one lookup query's worth of keys.
const batchRows = 1203

// importedOrgs stores batchRows organizations named "Lookup N", with PIC N,
// in LV, and returns them with their ids.
func importedOrgs(t *testing.T, db *store.DB) []directory.Organization {
	t.Helper()
	orgs := make([]directory.Organization, batchRows)
	for i := range orgs {
		orgs[i] = directory.Organization{Name: fmt.Sprintf("Lookup %d", i), Country: "LV",
			Registry: directory.RegistryIDs{PIC: fmt.Sprintf("%09d", i)}}
	}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "test"))
	return orgs
}

func testOrgsByNameKeys(t *testing.T, db *store.DB) {
	orgs := importedOrgs(t, db)
	other := newOrg(t, db, "LOOKUP 7", "EE") // the key of orgs[7], in another country
	orgs[9].Archived = true
	must(t, "UpdateOrg", db.UpdateOrg(ctx(t), &orgs[9], hist("archived")))
	keys := []string{"", directory.NameKey("No such name"), directory.NameKey("Lookup 7")}
	for _, o := range orgs {
		keys = append(keys, directory.NameKey(o.Name))
	}
	got, err := db.OrgsByNameKeys(ctx(t), keys)
	must(t, "OrgsByNameKeys", err)
	if len(got) != batchRows {
		t.Fatalf("OrgsByNameKeys found %d keys, want %d", len(got), batchRows)
	}
	for i, o := range orgs {
		want := []int64{o.ID}
		if i == 7 {
			want = append(want, other.ID)
		}
		if ids := orgIDs(got[directory.NameKey(o.Name)]); !slices.Equal(ids, want) {
			t.Errorf("OrgsByNameKeys[%q] = %v, want %v", o.Name, ids, want)
		}
	}
	wantOrg(t, "an organization found by its name key", got[directory.NameKey("Lookup 9")][0], orgs[9])
}

func testOrgsByRegistryIDs(t *testing.T, db *store.DB) {
	orgs := importedOrgs(t, db)
	rs := []directory.RegistryIDs{{PIC: "999999999"}, {}}
	var want []int64
	for i := 0; i < batchRows; i += 2 {
		rs = append(rs, directory.RegistryIDs{PIC: orgs[i].Registry.PIC})
		want = append(want, orgs[i].ID)
	}
	rs = append(rs, directory.RegistryIDs{PIC: orgs[0].Registry.PIC, National: "x"}) // found again, listed once
	got, err := db.OrgsByRegistry(ctx(t), rs...)
	must(t, "OrgsByRegistry", err)
	if ids := orgIDs(got); !slices.Equal(ids, want) {
		t.Errorf("OrgsByRegistry found %d organizations, want %d", len(ids), len(want))
	}
}

func testPeopleByKeys(t *testing.T, db *store.DB) {
	people := make([]directory.Person, batchRows)
	for i := range people {
		people[i] = directory.Person{GivenName: "Lookup", FamilyName: fmt.Sprint(i), Country: "RO",
			Kind: "mep", ExternalID: fmt.Sprint(1000 + i)}
	}
	must(t, "ImportPeople", db.ImportPeople(ctx(t), people, base, 0, "test"))
	staff := directory.Person{GivenName: "Other", FamilyName: "Kind", Kind: "staff", ExternalID: "1000"}
	must(t, "CreatePerson", db.CreatePerson(ctx(t), &staff, hist("created")))
	var keys, ids []string
	for _, p := range people {
		keys = append(keys, directory.NameKey(p.Name()))
		ids = append(ids, p.ExternalID)
	}
	byKey, err := db.PeopleByNameKeys(ctx(t), append(keys, ""))
	must(t, "PeopleByNameKeys", err)
	byID, err := db.PeopleByExternalIDs(ctx(t), "mep", append(ids, "none"))
	must(t, "PeopleByExternalIDs", err)
	if len(byKey) != batchRows || len(byID) != batchRows {
		t.Fatalf("found %d by name key and %d by external id, want %d", len(byKey), len(byID), batchRows)
	}
	for i, p := range people {
		if got := byKey[keys[i]]; len(got) != 1 || got[0].ID != p.ID || byID[i].ID != p.ID {
			t.Errorf("person %d: by name key %v, by external id %d", p.ID, personIDs(got), byID[i].ID)
		}
	}
	wantPerson(t, "a person found by external id", byID[5], people[5])
	staffs, err := db.PeopleByExternalIDs(ctx(t), "staff", []string{"1000", "1001"})
	must(t, "PeopleByExternalIDs", err)
	if ids := personIDs(staffs); !slices.Equal(ids, []int64{staff.ID}) {
		t.Errorf("external ids of another kind: %v", ids)
	}
}
