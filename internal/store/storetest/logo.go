package storetest

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

func testLogo(t *testing.T, db *store.DB) {
	o := newOrg(t, db, "Logo", "LV")
	_, err := db.Logo(ctx(t), o.ID)
	wantErr(t, "Logo of an organization without one", err, store.ErrNotFound)
	png := directory.Logo{ContentType: "image/png", Data: []byte("\x89PNG\r\n\x1a\n\x00\xff"), Width: 64, Height: 32, UpdatedAt: base}
	must(t, "PutLogo", db.PutLogo(ctx(t), o.ID, png))
	got, err := db.Logo(ctx(t), o.ID)
	must(t, "Logo", err)
	if got.ContentType != png.ContentType || !bytes.Equal(got.Data, png.Data) || got.Width != 64 || got.Height != 32 || got.UpdatedAt != norm(base) {
		t.Errorf("Logo = %+v", got)
	}
	org, err := db.Org(ctx(t), o.ID)
	must(t, "Org", err)
	if !org.HasLogo {
		t.Error("HasLogo is false after PutLogo")
	}
	jpeg := directory.Logo{ContentType: "image/jpeg", Data: []byte{0xff, 0xd8, 0xff}, Width: 10, Height: 10}
	must(t, "PutLogo again", db.PutLogo(ctx(t), o.ID, jpeg))
	got, err = db.Logo(ctx(t), o.ID)
	must(t, "Logo", err)
	if got.ContentType != "image/jpeg" || !bytes.Equal(got.Data, jpeg.Data) || got.UpdatedAt.IsZero() {
		t.Errorf("replaced Logo = %+v", got)
	}
	wantErr(t, "PutLogo of a missing organization", db.PutLogo(ctx(t), 424242, png), store.ErrNotFound)
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	if len(cs) != 3 || cs[2].EntityID != o.ID {
		t.Errorf("changes = %+v, want created and two logo writes", cs)
	}
}

func testChanges(t *testing.T, db *store.DB) {
	cs, err := db.Changes(ctx(t), 0, 10)
	must(t, "Changes on an empty database", err)
	if len(cs) != 0 {
		t.Errorf("Changes on an empty database = %+v", cs)
	}
	var ids []int64
	for range 5 {
		ids = append(ids, newOrg(t, db, "X", "LV").ID)
	}
	p := newPerson(t, db, "A", "B", "LV")
	all, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	if len(all) != 6 || all[5].Entity != directory.EntityPerson || all[5].EntityID != p.ID {
		t.Fatalf("Changes = %+v", all)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Seq <= all[i-1].Seq {
			t.Errorf("Changes out of order: %+v", all)
		}
	}
	page, err := db.Changes(ctx(t), all[1].Seq, 2)
	must(t, "Changes with a limit", err)
	if len(page) != 2 || page[0] != all[2] || page[1] != all[3] || page[0].EntityID != ids[2] || page[0].At != norm(base) {
		t.Errorf("Changes(after %d, 2) = %+v", all[1].Seq, page)
	}
	page, err = db.Changes(ctx(t), all[5].Seq, 10)
	must(t, "Changes at the end", err)
	if len(page) != 0 {
		t.Errorf("Changes after the last = %+v", page)
	}
}

// testChangesConcurrentWrites writes from several goroutines at once: every
// write gets its change, with distinct, increasing seq.
func testChangesConcurrentWrites(t *testing.T, db *store.DB) {
	const writers, each = 4, 10
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				o := directory.Organization{Name: fmt.Sprintf("W%d-%d", w, i)}
				if err := db.CreateOrg(ctx(t), &o, hist("created")); err != nil {
					t.Errorf("CreateOrg: %v", err)
				}
			}
		})
	}
	wg.Wait()
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	seen := map[int64]bool{}
	for i, c := range cs {
		if i > 0 && c.Seq <= cs[i-1].Seq {
			t.Errorf("seq %d after %d", c.Seq, cs[i-1].Seq)
		}
		seen[c.EntityID] = true
	}
	if len(cs) != writers*each || len(seen) != writers*each {
		t.Errorf("%d changes for %d organizations, want %d", len(cs), len(seen), writers*each)
	}
}
