package directory_test

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"coalition/internal/directory"
)

// scanOf returns an OrgScan over orgs that fails with err at the failAt-th
// organization of its calls together (never when failAt is 0), and counts
// its calls.
func scanOf(orgs []directory.Organization, failAt int, err error, calls *int) directory.OrgScan {
	seen := 0
	return func(fn func(*directory.Organization) error) error {
		*calls++
		for i := range orgs {
			if seen++; seen == failAt {
				return err
			}
			if err := fn(&orgs[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestWriteOrgStreamAsWriteOrgs(t *testing.T) {
	for _, orgs := range [][]directory.Organization{roundTripOrgs, nil} {
		for _, f := range []directory.ExportFormat{directory.ExportCSV, directory.ExportXLSX, directory.ExportJSON} {
			t.Run(fmt.Sprintf("%s/%d", f, len(orgs)), func(t *testing.T) {
				var want, got bytes.Buffer
				if err := directory.WriteOrgs(&want, f, orgs); err != nil {
					t.Fatal(err)
				}
				calls := 0
				n, err := directory.WriteOrgStream(&got, f, scanOf(orgs, 0, nil, &calls))
				if err != nil || n != len(orgs) || calls != 2 {
					t.Fatalf("WriteOrgStream: %d organizations, %d scans, %v", n, calls, err)
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("differs from WriteOrgs:\n got %q\nwant %q", got.Bytes(), want.Bytes())
				}
			})
		}
	}
}

func TestWriteOrgStreamScanFails(t *testing.T) {
	boom := errors.New("boom")
	var buf bytes.Buffer
	calls := 0
	if _, err := directory.WriteOrgStream(&buf, directory.ExportCSV, scanOf(roundTripOrgs, 2, boom, &calls)); !errors.Is(err, boom) || buf.Len() != 0 || calls != 1 {
		t.Errorf("failing first scan: %v, %d bytes written, %d scans", err, buf.Len(), calls)
	}
	n, err := directory.WriteOrgStream(&buf, directory.ExportJSON, scanOf(roundTripOrgs, len(roundTripOrgs)+2, boom, &calls))
	if !errors.Is(err, boom) || n != 1 {
		t.Errorf("failing second scan: %d written, %v", n, err)
	}
	if _, err := directory.WriteOrgStream(&buf, directory.ExportVCard, scanOf(roundTripOrgs, 0, nil, &calls)); err == nil {
		t.Error("vCard of organizations is accepted")
	}
}
