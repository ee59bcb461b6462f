package eumap

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"coalition/internal/eu"
)

// node is any XML element, for looking into the rendered SVG.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []node     `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f for n and every element inside it, depth first.
func (n node) walk(f func(node)) {
	f(n)
	for _, c := range n.Nodes {
		c.walk(f)
	}
}

// find returns the elements for which keep is true.
func (n node) find(keep func(node) bool) []node {
	var out []node
	n.walk(func(c node) {
		if keep(c) {
			out = append(out, c)
		}
	})
	return out
}

// child returns n's first child element named tag.
func (n node) child(tag string) (node, bool) {
	for _, c := range n.Nodes {
		if c.XMLName.Local == tag {
			return c, true
		}
	}
	return node{}, false
}

// render draws a map and parses it, failing the test on any error.
func render(t *testing.T, values map[string]State, opts Options) (string, node) {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, values, opts); err != nil {
		t.Fatal(err)
	}
	var root node
	if err := xml.Unmarshal(b.Bytes(), &root); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	return b.String(), root
}

// states returns the member states of a map by code.
func states(t *testing.T, root node) map[string]node {
	t.Helper()
	out := map[string]node{}
	for _, n := range root.find(func(n node) bool { return n.attr("class") == "eumap-state" }) {
		code := n.attr("data-code")
		if _, dup := out[code]; dup {
			t.Errorf("%s drawn twice", code)
		}
		out[code] = n
	}
	return out
}

func TestRenderWellFormed(t *testing.T) {
	out, root := render(t, sampleValues(), Options{Title: "Support", Lang: "en"})
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("root element %v", root.XMLName)
	}
	if _, ok := root.child("desc"); !ok {
		t.Error("no desc")
	}
	if got := root.attr("aria-labelledby"); got != "eumap-title eumap-desc" {
		t.Errorf("aria-labelledby = %q", got)
	}
	if len(out) > 150_000 {
		t.Errorf("map is %d bytes, want < 150 KB", len(out))
	}
}

func TestRenderEveryMemberStateOnce(t *testing.T) {
	_, root := render(t, sampleValues(), Options{Lang: "en"})
	got := states(t, root)
	if len(got) != 27 {
		t.Errorf("%d member states drawn, want 27", len(got))
	}
	for _, m := range eu.MemberStates() {
		n, ok := got[m.Code]
		if !ok {
			t.Errorf("%s missing", m.Code)
			continue
		}
		title, ok := n.child("title")
		if !ok || !strings.HasPrefix(title.Text, m.Name("en")+": ") {
			t.Errorf("%s: title %q, want it to start with %q", m.Code, title.Text, m.Name("en"))
		}
	}
	if n := got["LV"]; n.XMLName.Local != "a" || n.attr("href") != "/states/LV" {
		t.Errorf("LV is <%s href=%q>, want a link to /states/LV", n.XMLName.Local, n.attr("href"))
	}
	if n := got["BG"]; n.XMLName.Local != "g" || n.attr("role") != "img" {
		t.Errorf("BG without link is <%s role=%q>, want <g role=img>", n.XMLName.Local, n.attr("role"))
	}
}

func TestRenderColoursFollowSteps(t *testing.T) {
	values := sampleValues()
	_, root := render(t, values, Options{})
	for code, n := range states(t, root) {
		path, _ := n.child("path")
		if want := palette[Step(values[code].Share)]; path.attr("fill") != want {
			t.Errorf("%s (share %v): fill %s, want %s", code, values[code].Share, path.attr("fill"), want)
		}
	}
}

func TestRenderMarksStatesOverThreshold(t *testing.T) {
	_, root := render(t, sampleValues(), Options{ID: "m"})
	over := map[string]bool{"DE": true, "FI": true, "LU": true, "MT": true}
	for code, n := range states(t, root) {
		hatched := len(n.find(func(c node) bool { return c.attr("fill") == "url(#m-over)" })) > 0
		if hatched != over[code] {
			t.Errorf("%s: hatched %v, want %v", code, hatched, over[code])
		}
	}
	texts := labelTexts(root)
	for _, want := range []string{"DE ✓", "112%", "FI ✓", "MT ✓", "LU ✓", "LV", "4,100 short", "BE", "99%", "BG", "0%", "SK", "<1%"} {
		if !texts[want] {
			t.Errorf("no label %q", want)
		}
	}
	for _, unwanted := range []string{"BE ✓", "LV ✓", "BG ✓"} {
		if texts[unwanted] {
			t.Errorf("label %q drawn", unwanted)
		}
	}
}

// labelTexts collects the texts of every text and tspan element.
func labelTexts(root node) map[string]bool {
	out := map[string]bool{}
	root.walk(func(n node) {
		if n.XMLName.Local == "text" || n.XMLName.Local == "tspan" {
			out[n.Text] = true
		}
	})
	return out
}

func TestRenderInsets(t *testing.T) {
	_, root := render(t, sampleValues(), Options{Lang: "lv"})
	got := states(t, root)
	for _, code := range insets {
		texts := labelTexts(got[code])
		m, _ := eu.Lookup(code)
		if !texts[" "+m.Name("lv")] || !texts[percent(sampleValues()[code].Share)] {
			t.Errorf("%s inset texts %v, want its name and percentage", code, texts)
		}
	}
}

func TestRenderGreeceIsEL(t *testing.T) {
	_, root := render(t, map[string]State{"EL": {Share: 0.5}}, Options{Lang: "en"})
	el, ok := states(t, root)["EL"]
	if !ok {
		t.Fatal("no EL")
	}
	if title, _ := el.child("title"); title.Text != "Greece: 50%" {
		t.Errorf("EL title %q, want %q", title.Text, "Greece: 50%")
	}
	if path, _ := el.child("path"); path.attr("fill") != palette[3] {
		t.Errorf("EL fill %s, want %s", path.attr("fill"), palette[3])
	}
}

func TestRenderDeterministic(t *testing.T) {
	first, _ := render(t, sampleValues(), Options{Lang: "sl"})
	for range 5 {
		if again, _ := render(t, sampleValues(), Options{Lang: "sl"}); again != first {
			t.Fatal("two renderings of the same map differ")
		}
	}
}

// TestRenderOrderByName checks that states come in alphabetical order of
// their names in the map's language, for keyboard and screen-reader users.
func TestRenderOrderByName(t *testing.T) {
	for _, lang := range []string{"en", "bg", "lv"} {
		_, root := render(t, nil, Options{Lang: lang})
		var codes []string
		root.walk(func(n node) {
			if n.attr("class") == "eumap-state" {
				codes = append(codes, n.attr("data-code"))
			}
		})
		// Czechia: Czechia after Cyprus in English, Чехия near the end of
		// the Cyrillic alphabet, Čehija right after C in Latvian.
		want := map[string]int{"en": 5, "bg": 25, "lv": 3}[lang]
		if len(codes) != 27 || codes[want] != "CZ" {
			t.Errorf("%s: order %v, want CZ at %d", lang, codes, want)
		}
	}
}

func TestRenderMissingStatesHaveNoSupport(t *testing.T) {
	_, root := render(t, nil, Options{Lang: "lv"})
	for code, n := range states(t, root) {
		if path, _ := n.child("path"); path.attr("fill") != palette[0] {
			t.Errorf("%s: fill %s, want %s", code, path.attr("fill"), palette[0])
		}
	}
	lv := states(t, root)["LV"]
	if title, _ := lv.child("title"); title.Text != "Latvija: 0%" {
		t.Errorf("LV title %q", title.Text)
	}
}
