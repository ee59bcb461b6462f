package directory_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

// TestDuplicateOrgsReadsWhatTheScanCompares stores a generated directory with
// planted duplicates, some of them sharing their original's website and
// e-mail and some archived, and checks that DuplicateOrgs, which reads only
// the fields duplicate detection compares, finds the very pairs, scores and
// reasons that a scan of whole records finds.
func TestDuplicateOrgsReadsWhatTheScanCompares(t *testing.T) {
	d := newPlantedDirectory(3, 3000, 0.05)
	var orgs []directory.Organization
	if err := d.scan(t.Context(), func(o directory.Organization) error { orgs = append(orgs, o); return nil }); err != nil {
		t.Fatal(err)
	}
	byID := map[int64]directory.Organization{}
	for _, o := range orgs {
		byID[o.ID] = o
	}
	for pair := range d.planted {
		if pair[1]%2 == 0 { // half the duplicates keep their original's contacts
			dup := &orgs[pair[1]-1]
			dup.Website, dup.Email = byID[pair[0]].Website, byID[pair[0]].Email
		}
	}
	for i := range orgs {
		orgs[i].ID = 0
		orgs[i].Archived = i%97 == 0
	}
	db := storetest.OpenSQLite(t)
	if err := db.ImportOrgs(t.Context(), orgs, nil, time.Now(), 0, "test"); err != nil {
		t.Fatal(err)
	}
	light, err := directory.NewService(db).DuplicateOrgs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	whole, err := directory.ScanDuplicates(context.Background(), db.ScanOrgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) < len(d.planted)/2 || !hasReason(whole, "duplicate.same_website") {
		t.Fatalf("the whole scan found %d pairs for %d planted, some by website: too few to compare", len(whole), len(d.planted))
	}
	if !reflect.DeepEqual(light, whole) {
		t.Errorf("DuplicateOrgs found %d pairs, a scan of whole records %d, or with other scores or reasons", len(light), len(whole))
	}
}

// hasReason reports whether any pair has the reason key.
func hasReason(pairs []directory.Pair, key string) bool {
	return slices.ContainsFunc(pairs, func(p directory.Pair) bool { return slices.Contains(p.Reasons, key) })
}
