package search

import (
	"reflect"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/gen"
)

// sourceFields returns o with only the fields Source.ScanOrgsForSearch
// promises: ID, Name, Names, Descriptions, Country, Region, City, Level,
// Sector, Kind, Functions, Topics, Languages, Members, Audience, Archived.
func sourceFields(o directory.Organization) directory.Organization {
	return directory.Organization{ID: o.ID, Name: o.Name, Names: o.Names, Descriptions: o.Descriptions,
		Country: o.Country, Region: o.Region, City: o.City, Level: o.Level, Sector: o.Sector, Kind: o.Kind,
		Functions: o.Functions, Topics: o.Topics, Languages: o.Languages, Members: o.Members, Audience: o.Audience,
		Archived: o.Archived}
}

// TestDocumentsReadOnlyTheScannedFields checks that an organization's
// document, which Build and Put both make from extract, staticScore and
// newFacetValues, depends only on the fields the cold start reads: the
// index built from ScanOrgsForSearch is then the one whole records give.
func TestDocumentsReadOnlyTheScannedFields(t *testing.T) {
	id := int64(0)
	err := gen.Orgs(4, 2000, func(o directory.Organization) error {
		id++
		o.ID, o.Archived = id, id%7 == 0
		o.Phone, o.Source, o.Version, o.HasLogo = "+32 2 000 00 00", "test.csv", 3, id%2 == 0
		if got, want := newDocument(sourceFields(o)), newDocument(o); !reflect.DeepEqual(got, want) {
			t.Fatalf("the document of %q changes with fields the cold start does not read", o.Name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
