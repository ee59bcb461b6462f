package eumap

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"coalition/internal/eu"
)

func TestRenderEscapes(t *testing.T) {
	hostile := `<script>alert("x")</script>&`
	values := map[string]State{"LV": {Share: 0.5, Label: hostile, Title: hostile, Link: `/x?a=1&b="><script>`}}
	out, root := render(t, values, Options{Title: hostile, Desc: hostile, LegendTitle: hostile, Outside: hostile})
	if strings.Contains(out, "<script") {
		t.Error("output holds a raw <script")
	}
	lv := states(t, root)["LV"]
	if title, _ := lv.child("title"); title.Text != hostile {
		t.Errorf("title %q, want %q", title.Text, hostile)
	}
	if lv.attr("href") != `/x?a=1&b="><script>` {
		t.Errorf("href %q", lv.attr("href"))
	}
	if !labelTexts(root)[hostile] {
		t.Error("hostile label not drawn as text")
	}
}

// TestRenderSafeForCSP checks that the map needs neither scripts nor
// inline styles.
func TestRenderSafeForCSP(t *testing.T) {
	_, root := render(t, sampleValues(), Options{})
	root.walk(func(n node) {
		switch n.XMLName.Local {
		case "script", "style", "foreignObject", "image":
			t.Errorf("element <%s>", n.XMLName.Local)
		}
		for _, a := range n.Attrs {
			if a.Name.Local == "style" || strings.HasPrefix(a.Name.Local, "on") {
				t.Errorf("<%s %s=%q>", n.XMLName.Local, a.Name.Local, a.Value)
			}
		}
	})
}

func TestRenderRejects(t *testing.T) {
	tests := []struct {
		name   string
		values map[string]State
		opts   Options
		want   error
	}{
		{"unknown code", map[string]State{"XX": {}}, Options{}, eu.ErrUnknownState},
		{"ISO code of Greece", map[string]State{"GR": {}}, Options{}, eu.ErrUnknownState},
		{"lower case", map[string]State{"lv": {}}, Options{}, eu.ErrUnknownState},
		{"former member", map[string]State{"UK": {}}, Options{}, eu.ErrUnknownState},
		{"negative share", map[string]State{"LV": {Share: -0.1}}, Options{}, ErrInvalid},
		{"NaN share", map[string]State{"LV": {Share: math.NaN()}}, Options{}, ErrInvalid},
		{"infinite share", map[string]State{"LV": {Share: math.Inf(1)}}, Options{}, ErrInvalid},
		{"script link", map[string]State{"LV": {Link: "javascript:alert(1)"}}, Options{}, ErrInvalid},
		{"data link", map[string]State{"LV": {Link: "data:text/html,x"}}, Options{}, ErrInvalid},
		{"bad id", nil, Options{ID: `x" onload="y`}, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Render(&b, tt.values, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
}

func TestRenderWriteError(t *testing.T) {
	if err := Render(failingWriter{}, nil, Options{}); err == nil {
		t.Error("no error from a failing writer")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }
