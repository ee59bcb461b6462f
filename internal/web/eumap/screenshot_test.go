package eumap

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sampleValues is a campaign in mid-course, with every step represented.
func sampleValues() map[string]State {
	return map[string]State{
		"AT": {Share: 0.52}, "BE": {Share: 0.99}, "BG": {Share: 0},
		"CY": {Share: 0.05}, "CZ": {Share: 0.31}, "DE": {Share: 1.12, Link: "/states/DE"},
		"DK": {Share: 0.77}, "EE": {Share: 0.64}, "EL": {Share: 0.3},
		"ES": {Share: 0.15}, "FI": {Share: 1.05}, "FR": {Share: 0.62},
		"HR": {Share: 0.12}, "HU": {Share: 0.44}, "IE": {Share: 0.88},
		"IT": {Share: 0.81}, "LT": {Share: 0.2}, "LU": {Share: 1.4},
		"LV": {Share: 0.37, Label: "4,100 short", Title: "Latvia: 2,380 of 6,480 (37%)", Link: "/states/LV"},
		"MT": {Share: 1}, "NL": {Share: 0.2}, "PL": {Share: 0.45},
		"PT": {Share: 0.09}, "RO": {Share: 0.9}, "SE": {Share: 0.7},
		"SI": {Share: 0.55}, "SK": {Share: 0.004},
	}
}

// TestScreenshot writes the sample map in Latvian and Bulgarian into the
// directory named by COALITION_SCREENSHOTS, as SVG, as an HTML page under
// a strict Content-Security-Policy and, when a Chromium binary is at hand
// (COALITION_TEST_BROWSER, default /usr/bin/chromium), as PNG, so that
// people can look at the map.
func TestScreenshot(t *testing.T) {
	dir := os.Getenv("COALITION_SCREENSHOTS")
	if dir == "" {
		t.Skip("set COALITION_SCREENSHOTS to a directory to get pictures of the map")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"lv", "bg"} {
		var b bytes.Buffer
		opts := Options{Lang: lang, ID: "map-" + lang}
		if lang == "bg" {
			opts.LegendTitle, opts.Outside = "Подписи спрямо прага", "извън ЕС"
		}
		if err := Render(&b, sampleValues(), opts); err != nil {
			t.Fatal(err)
		}
		base := filepath.Join(dir, "eumap-"+lang)
		writeFile(t, base+".svg", b.Bytes())
		writeFile(t, base+".html", htmlPage(b.Bytes()))
		pngOf(t, base)
	}
}

// htmlPage wraps an SVG in a page that forbids scripts and inline styles.
func htmlPage(svg []byte) []byte {
	head := `<!doctype html><html><head><meta charset="utf-8">` +
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
		`<title>eumap</title></head><body>`
	return append(append([]byte(head), svg...), "</body></html>\n"...)
}

// pngOf screenshots base.html into base.png with headless Chromium.
func pngOf(t *testing.T, base string) {
	t.Helper()
	exe := os.Getenv("COALITION_TEST_BROWSER")
	if exe == "" {
		exe = "/usr/bin/chromium"
	}
	if _, err := os.Stat(exe); err != nil {
		t.Logf("no browser at %s: PNG skipped", exe)
		return
	}
	abs, err := filepath.Abs(base)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--screenshot="+abs+".png", "--window-size=1216,1030", "file://"+abs+".html")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
