package store_test

import (
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

// TestMigrationBackfillsNameKeys migrates a database that holds organizations
// with alternative names from version 3: the alternative names are found by
// their keys afterwards.
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
			for _, q := range []string{"DROP TABLE organization_name_keys"} {
				if err := db.ExecForTest(t.Context(), q); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.ForceSchemaVersion(t.Context(), 3); err != nil {
				t.Fatal(err)
			}
			if n, err := db.Migrate(t.Context()); err != nil || n != 1 {
				t.Fatalf("Migrate from version 3 = %d, %v", n, err)
			}
			got, err := db.OrgsByAnyNameKey(t.Context(), directory.NameKey("GREEN FREEDOM"))
			if err != nil || len(got) != 1 || got[0].ID != o.ID {
				t.Fatalf("OrgsByAnyNameKey after the migration = %v, %v; want %d", got, err, o.ID)
			}
		})
	}
}
