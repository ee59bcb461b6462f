package storetest

import (
	"fmt"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// chunksOf yields the chunks, counting in asked how many were asked for.
func chunksOf(asked *int, chunks ...*directory.OrgChunk) func(func(*directory.OrgChunk) bool) {
	return func(yield func(*directory.OrgChunk) bool) {
		for _, c := range chunks {
			*asked++
			if !yield(c) {
				return
			}
		}
	}
}

// orgChunk returns a chunk of n new organizations named prefix 0…n-1, encoded
// ahead by db when encode is set.
func orgChunk(db *store.DB, prefix string, n int, encode bool) *directory.OrgChunk {
	c := &directory.OrgChunk{Orgs: make([]directory.Organization, n)}
	for i := range c.Orgs {
		c.Orgs[i] = fullOrg(fmt.Sprintf("%s %d", prefix, i))
		c.Orgs[i].Registry = directory.RegistryIDs{}
	}
	if encode {
		db.EncodeOrgChunk(c)
	}
	return c
}

func testImportOrgChunks(t *testing.T, db *store.DB) {
	chunks := []*directory.OrgChunk{orgChunk(db, "Pirmā", 2, true), orgChunk(db, "Otrā", 600, false), orgChunk(db, "Trešā", 1, true)}
	asked := 0
	must(t, "ImportOrgChunks", db.ImportOrgChunks(ctx(t), chunksOf(&asked, chunks...), base, 3, "chunks.csv"))
	var all []directory.Organization
	for _, c := range chunks {
		all = append(all, c.Orgs...)
	}
	for i, o := range all {
		if o.ID == 0 || o.Version != 1 || (i > 0 && o.ID <= all[i-1].ID) {
			t.Fatalf("row %d after the import: ID %d, Version %d", i, o.ID, o.Version)
		}
	}
	for _, o := range []directory.Organization{all[0], all[2], all[602]} {
		got, err := db.Org(ctx(t), o.ID)
		must(t, "Org", err)
		wantOrg(t, "row of a chunk", got, o)
	}
	cs, err := db.Changes(ctx(t), 0, 1000)
	must(t, "Changes", err)
	if len(cs) != len(all) {
		t.Errorf("changes = %d, want one per row (%d)", len(cs), len(all))
	}
}

func testImportOrgChunksAllOrNothing(t *testing.T, db *store.DB) {
	first, second, third := orgChunk(db, "A", 3, true), orgChunk(db, "B", 2, true), orgChunk(db, "C", 1, true)
	first.Orgs[1].Registry.PIC, second.Orgs[1].Registry.PIC = "123456789", "123456789"
	db.EncodeOrgChunk(first)
	db.EncodeOrgChunk(second)
	asked := 0
	err := db.ImportOrgChunks(ctx(t), chunksOf(&asked, first, second, third), base, 0, "x")
	wantErr(t, "ImportOrgChunks with a registry id in two chunks", err, store.ErrConflict)
	if asked != 2 {
		t.Errorf("the import asked for %d chunks after the second failed, want 2", asked)
	}
	for _, o := range append(first.Orgs, second.Orgs...) {
		if o.ID != 0 || o.Version != 0 {
			t.Fatalf("a row of a failed import got ID %d, Version %d", o.ID, o.Version)
		}
	}
	n := 0
	must(t, "ScanOrgs", db.ScanOrgs(ctx(t), func(directory.Organization) error { n++; return nil }))
	if n != 0 {
		t.Errorf("a failed import left %d organizations", n)
	}
}

// testImportKeepsForeignKeys checks that an import, which may write without
// checking foreign keys, leaves them checked for the writes after it.
func testImportKeepsForeignKeys(t *testing.T, db *store.DB) {
	c := orgChunk(db, "Org", 1200, true)
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), c.Orgs, nil, base, 0, "x"))
	p := newPerson(t, db, "Maja", "Novak", "SI")
	a := directory.Affiliation{PersonID: p.ID, OrgID: 424242}
	wantErr(t, "CreateAffiliation with a missing organization after an import", db.CreateAffiliation(ctx(t), &a, hist("updated")), store.ErrNotFound)
}
