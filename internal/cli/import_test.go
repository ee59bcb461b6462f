package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// writeFile writes data to a file in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const cliOrgs = "naziv;država;e-pošta;opomba\n" +
	"Društvo Čisto okolje;Slovenija;info@cisto.si;x\n" +
	"Zavod Šola;SI;not-an-address;\n" +
	"Žaba;Hrvatska;zaba@example.hr;\n"

func TestImportOrganizationsCommand(t *testing.T) {
	data := t.TempDir()
	win, _ := charmap.Windows1250.NewEncoder().Bytes([]byte(cliOrgs))
	file := writeFile(t, data, "orgs.csv", win)
	code, out, errOut := run(t, data, "", "import", "organizations", file, "--dry-run")
	if code != 0 || !strings.Contains(out, "2 created, 0 updated, 0 unchanged, 1 rejected (dry run") {
		t.Fatalf("dry run: %d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, data, "", "import", "organizations", file)
	for _, want := range []string{
		"3 rows read (CSV, windows-1250, separator \";\")",
		"organizations: 2 created, 0 updated, 0 unchanged, 1 rejected",
		`warning: row 1, column "opomba": Column “opomba” is not recognised and was ignored.`,
		`rejected: row 3, column "e-pošta": Enter a valid e-mail address, like name@example.org.`,
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("import (exit %d) lacks %q:\n%s", code, want, out)
		}
	}
	code, out, _ = run(t, data, "", "import", "organizations", "--encoding", "windows-1250", file, "--map", "opomba=city")
	if code != 0 || !strings.Contains(out, "0 created, 1 updated, 1 unchanged, 1 rejected") {
		t.Errorf("re-import with the note as city: %d %s", code, out)
	}
	code, out, _ = run(t, data, "", "import", "organizations", file, "--map", "opomba=city")
	if code != 0 || !strings.Contains(out, "0 created, 0 updated, 2 unchanged, 1 rejected") {
		t.Errorf("re-import changes nothing: %d %s", code, out)
	}
}

// cliLatvianOrgs is a Latvian file as a spreadsheet program in Riga saves it.
const cliLatvianOrgs = "nosaukums;valsts;pilsēta\n" +
	"Biedrība Zaļā brīvība;LV;Rīga\n" +
	"Ķekavas jauniešu centrs;Latvija;Ķekava\n"

func TestImportWindows1257Command(t *testing.T) {
	data := t.TempDir()
	win, _ := charmap.Windows1257.NewEncoder().Bytes([]byte(cliLatvianOrgs))
	file := writeFile(t, data, "orgs.csv", win)
	for _, args := range [][]string{{file}, {"--encoding", "1257", file}, {"--encoding", "windows-1257", file}} {
		code, out, errOut := run(t, data, "", append([]string{"import", "organizations", "--dry-run"}, args...)...)
		for _, want := range []string{"(CSV, windows-1257, separator \";\")", "2 created, 0 updated, 0 unchanged, 0 rejected"} {
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("%v (exit %d) lacks %q:\n%s%s", args, code, want, out, errOut)
			}
		}
	}
	run(t, data, "", "import", "organizations", file)
	code, out, _ := run(t, data, "", "export", "organizations", "--format", "csv")
	if code != 0 || !strings.Contains(out, "Ķekavas jauniešu centrs") || !strings.Contains(out, "Rīga") {
		t.Errorf("export after import (exit %d):\n%s", code, out)
	}
}

func TestImportMEPsCommand(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := run(t, data, "", "import", "people", "../directory/testdata/meps/meps.csv")
	if code != 0 || !strings.Contains(out, "people: 718 created, 0 updated, 0 unchanged, 0 rejected") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, data, "", "import", "people", "--profile", "meps", "../directory/testdata/meps/meps.csv")
	if code != 0 || !strings.Contains(out, "people: 0 created, 0 updated, 718 unchanged, 0 rejected") {
		t.Errorf("re-import: %d %q", code, out)
	}
	code, out, errOut = run(t, data, "", "export", "people", "--format", "vcard", "--country", "LV", "--kind", "mep")
	if code != 0 || strings.Count(out, "BEGIN:VCARD") != 9 || !strings.Contains(errOut, "exported 9 people") {
		t.Errorf("export vcard: %d %q %q", code, out[:min(200, len(out))], errOut)
	}
}

func TestExportCommand(t *testing.T) {
	data := t.TempDir()
	file := writeFile(t, data, "orgs.csv", []byte("name,country,kind,website\nAlpha,LV,ngo,=cmd|' /C calc'!A0\nBeta,EE,foundation,beta.ee\n"))
	if code, out, errOut := run(t, data, "", "import", "organizations", file); code != 0 {
		t.Fatalf("import: %q %q", out, errOut)
	}
	code, out, _ := run(t, data, "", "export", "organizations", "--format", "csv", "--country", "EE")
	if code != 0 || !strings.Contains(out, "\nBeta,,,,EE,") || strings.Contains(out, "Alpha") {
		t.Errorf("export csv --country EE: %d %q", code, out)
	}
	xlsx := filepath.Join(data, "out.xlsx")
	if code, _, errOut := run(t, data, "", "export", "organizations", "--out", xlsx); code != 0 || !strings.Contains(errOut, "exported 1 organizations") {
		t.Errorf("export --out out.xlsx: %d %q", code, errOut)
	}
	code, out, _ = run(t, data, "", "import", "organizations", xlsx)
	if code != 0 || !strings.Contains(out, "0 created, 0 updated, 1 unchanged") {
		t.Errorf("the exported workbook imports unchanged: %d %s", code, out)
	}
}

func TestImportExportBadInput(t *testing.T) {
	data := t.TempDir()
	run(t, data, "", "migrate") // so that later commands log nothing
	empty := writeFile(t, data, "empty.csv", nil)
	fake := writeFile(t, data, "fake.xlsx", []byte("name,country\nA,LV\n"))
	noName := writeFile(t, data, "noname.csv", []byte("country,city\nLV,Rīga\n"))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"empty file", []string{"import", "organizations", empty}, 1, "The file is empty"},
		{"not xlsx", []string{"import", "organizations", fake}, 1, "not an Excel workbook"},
		{"no name column", []string{"import", "organizations", noName}, 1, "no column with the organizations' names"},
		{"missing file", []string{"import", "people", filepath.Join(data, "nope.csv")}, 1, "no such file"},
		{"no file", []string{"import", "people"}, 2, "give one FILE"},
		{"two files", []string{"import", "people", empty, empty}, 2, "give one FILE"},
		{"bad delimiter", []string{"import", "people", empty, "--delimiter", "x"}, 2, "--delimiter"},
		{"bad map", []string{"import", "organizations", noName, "--map", "country"}, 2, "column=field"},
		{"bad encoding", []string{"import", "organizations", noName, "--encoding", "klingon"}, 1, "Unknown text encoding"},
		{"unknown action", []string{"import", "things", empty}, 2, "unknown action"},
		{"bad format", []string{"export", "organizations", "--format", "vcard"}, 2, "unknown --format"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, data, "", tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("exit %d, stderr %q; want %d and %q on one line", code, errOut, tc.code, tc.want)
			}
		})
	}
}
