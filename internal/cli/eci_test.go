package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coalition/internal/initiative/eci"
)

func TestECIAssess(t *testing.T) {
	file := filepath.Join(t.TempDir(), "support.csv")
	csv := "country;count\nDE;70 000\nFrance;58320\nItalija;54720\nES;43920\nPolska;38160\nMT;4320\nРумъния;731000\nLV;100\n"
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, t.TempDir(), "", "eci", "assess", "--registered", "2025-03-01", file)
	if code != 0 || !strings.Contains(out, "7 member states over threshold (7 needed); 1,000,540 signatures (1,000,000 needed): valid") ||
		!strings.Contains(out, "Latvia ") || !strings.Contains(out, "6,380") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}

	code, out, _ = run(t, t.TempDir(), "LV,6480\n", "eci", "assess", "--registered", "2020-03-01", "--json", "-")
	var a eci.AssessmentJSON
	if err := json.Unmarshal([]byte(out), &a); code != 0 || err != nil || a.Valid || a.StatesMet != 1 || len(a.States) != 27 {
		t.Errorf("JSON: exit %d, %v: %+v", code, err, a)
	}
}

func TestECIAssessRefuses(t *testing.T) {
	for _, tc := range []struct {
		stdin string
		args  []string
		want  []string
	}{
		{"DE;1\nAtlantis;5\nFR;-1\nDE;3\n", nil, []string{
			"line 2, country: Not a member state: Atlantis", "line 3, count: Not a whole number of signatures: -1",
			"line 4, country: DE is given more than once", "3 problem(s)"}},
		{"DE,1\n", []string{"--registered", "2012-03-31"}, []string{"registered: The date is before"}},
		{"DE,1\n", []string{"--registered", "2999-01-01"}, []string{"registered:"}},
		{"UK,5\n", []string{"--registered", "2021-01-01"}, []string{"country: UK is not a member state for initiatives registered on 2021-01-01"}},
		{"", nil, []string{"No counts were given"}},
	} {
		args := append(append([]string{"eci", "assess"}, tc.args...), "-")
		code, _, errOut := run(t, t.TempDir(), tc.stdin, args...)
		for _, w := range tc.want {
			if code != 1 || !strings.Contains(errOut, w) {
				t.Errorf("%q %v: exit %d, stderr %q; want %q", tc.stdin, tc.args, code, errOut, w)
			}
		}
	}
}
