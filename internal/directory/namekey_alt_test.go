package directory_test

import (
	"slices"
	"testing"

	"coalition/internal/directory"
)

// TestOrgDuplicatesByStoredAlternativeName enters an organization under a
// name that a stored one carries only as an alternative name: it is found.
func TestOrgDuplicatesByStoredAlternativeName(t *testing.T) {
	s := newService(t)
	stored := createOrg(t, s, directory.Organization{Name: "Сдружение Зелени Балкани", Country: "BG",
		Names: []directory.Text{{Lang: "en", Value: "Green Balkans"}}})
	createOrg(t, s, directory.Organization{Name: "Balkan Greens", Country: "BG"})
	ms, err := s.OrgDuplicates(t.Context(), directory.Organization{Name: "Green Balkans Association", Country: "BG"})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{stored.ID}) {
		t.Errorf("entering a stored alternative name found %+v, %v; want %d", ms, err, stored.ID)
	}
}

func TestAltNameKeys(t *testing.T) {
	o := directory.Organization{Name: "Zaļā Brīvība", Names: []directory.Text{
		{Lang: "lv", Value: "biedrība Zaļā Brīvība"}, {Lang: "en", Value: "Green Freedom"},
		{Lang: "de", Value: "Green Freedom e.V."}, {Lang: "xx", Value: "e.V."}}}
	got := directory.AltNameKeys(&o, directory.NameKey(o.Name))
	if want := []string{"freedom green"}; !slices.Equal(got, want) {
		t.Errorf("AltNameKeys = %q, want %q", got, want)
	}
}
