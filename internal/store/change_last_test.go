package store_test

import (
	"context"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

func TestLastChangeSeq(t *testing.T) {
	for engine, url := range engineURLs(t) {
		t.Run(engine, func(t *testing.T) {
			db, ctx := storetest.OpenURL(t, url), context.Background()
			if n, err := db.LastChangeSeq(ctx); err != nil || n != 0 {
				t.Fatalf("empty log: %d %v", n, err)
			}
			orgs := []directory.Organization{{Name: "A", Country: "LV"}, {Name: "B", Country: "SI"}}
			if err := db.ImportOrgs(ctx, orgs, nil, time.Now(), 0, "test"); err != nil {
				t.Fatal(err)
			}
			changes, _ := db.Changes(ctx, 0, 100)
			n, err := db.LastChangeSeq(ctx)
			if err != nil || len(changes) == 0 || n != changes[len(changes)-1].Seq {
				t.Errorf("last seq %d, changes %v, err %v", n, changes, err)
			}
		})
	}
}
