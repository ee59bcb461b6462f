package directory

import (
	"context"
	"math"
	"slices"
	"testing"
)

// memoryOrgs answers the lookups of OrgDuplicates from organizations held in
// memory, with registry ids stored as validation stores them. Its other
// methods are those of the nil Store it embeds: calling one fails the test.
type memoryOrgs struct {
	Store
	byKey      map[string][]Organization
	byRegistry map[string][]Organization
}

func newMemoryOrgs(orgs []Organization) *memoryOrgs {
	m := &memoryOrgs{byKey: map[string][]Organization{}, byRegistry: map[string][]Organization{}}
	for _, o := range orgs {
		for _, key := range orgNameKeys(o) {
			m.byKey[key] = append(m.byKey[key], o)
		}
		for _, id := range []string{"T" + o.Registry.Transparency, "P" + registryKey(o.Registry.PIC), "N" + registryKey(o.Registry.National)} {
			if len(id) > 1 {
				m.byRegistry[id] = append(m.byRegistry[id], o)
			}
		}
	}
	return m
}

func (m *memoryOrgs) OrgsByAnyNameKey(_ context.Context, key string) ([]Organization, error) {
	return slices.Clone(m.byKey[key]), nil
}

func (m *memoryOrgs) OrgsByRegistry(_ context.Context, rs ...RegistryIDs) ([]Organization, error) {
	var out []Organization
	for _, r := range rs {
		for _, id := range []string{"T" + r.Transparency, "P" + r.PIC, "N" + r.National} {
			if len(id) > 1 {
				out = append(out, m.byRegistry[id]...)
			}
		}
	}
	return out, nil
}

// TestOrgDuplicatesAgreesWithScan checks that what OrgDuplicates finds when
// each record of a synthetic directory is entered, the full scan finds too,
// with the same score and reasons.
func TestOrgDuplicatesAgreesWithScan(t *testing.T) {
	var orgs []Organization
	collect := func(o Organization) error { orgs = append(orgs, o); return nil }
	if err := newSynth(5, 0.03).scan(3000)(t.Context(), collect); err != nil {
		t.Fatal(err)
	}
	pairs, err := ScanDuplicates(t.Context(), newSynth(5, 0.03).scan(3000), nil)
	if err != nil {
		t.Fatal(err)
	}
	scanned := map[[2]int64]Pair{}
	for _, p := range pairs {
		scanned[[2]int64{p.A, p.B}] = p
	}
	s := NewService(newMemoryOrgs(orgs))
	checked := 0
	for _, o := range orgs {
		ms, err := s.OrgDuplicates(t.Context(), o)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			checked++
			p, ok := scanned[[2]int64{min(o.ID, m.ID), max(o.ID, m.ID)}]
			if !ok || math.Abs(p.Score-m.Score) > scoreEpsilon || !slices.Equal(p.Reasons, m.Reasons) {
				t.Errorf("entry of %d finds %d at %.2f %v; the scan: %+v (found %v)", o.ID, m.ID, m.Score, m.Reasons, p, ok)
			}
		}
	}
	t.Logf("%d matches on entry, %d pairs in the scan", checked, len(pairs))
	if checked < 50 {
		t.Errorf("entry found only %d matches: the test says little", checked)
	}
}
