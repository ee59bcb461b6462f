package store_test

import (
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

// TestMigrationBackfillsNameKeys runs migration 4 on a database that holds
// organizations with alternative names: they are found by their keys
// afterwards.
func TestMigrationBackfillsNameKeys(t *testing.T) {
	for engine, url := range engineURLs(t) {
		t.Run(engine, func(t *testing.T) {
			db := storetest.OpenUnmigrated(t, url)
			if _, err := db.Migrate(t.Context()); err != nil {
				t.Fatal(err)
			}
			o := directory.Organization{Name: "Zaļā Brīvība", Country: "LV",
				Names: []directory.Text{{Lang: "en", Value: "Green Freedom"}, {Lang: "lv", Value: "biedrība Zaļā Brīvība"}}}
			if err := db.CreateOrg(t.Context(), &o, directory.HistoryEntry{Action: "created"}); err != nil {
				t.Fatal(err)
			}
			if err := db.ExecForTest(t.Context(), "DROP TABLE organization_name_keys"); err != nil {
				t.Fatal(err)
			}
			if err := db.ApplyMigrationForTest(t.Context(), 4); err != nil {
				t.Fatalf("migration 4 on a database of version 3: %v", err)
			}
			got, err := db.OrgsByAnyNameKey(t.Context(), directory.NameKey("GREEN FREEDOM"))
			if err != nil || len(got) != 1 || got[0].ID != o.ID {
				t.Fatalf("OrgsByAnyNameKey after the migration = %v, %v; want %d", got, err, o.ID)
			}
		})
	}
}
