package eumap

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"

	"coalition/internal/eu"
)

// TestBrowserAccessibility loads a map into Chromium under a strict
// Content-Security-Policy and checks what assistive technology sees: one
// link per member state named by its title, in alphabetical order, the
// first reached with the Tab key. It runs when COALITION_TEST_BROWSER
// names a Chromium binary.
func TestBrowserAccessibility(t *testing.T) {
	ctx := browser(t)
	values := map[string]State{}
	for _, m := range eu.MemberStates() {
		values[m.Code] = State{Share: 0.5, Link: "#" + m.Code}
	}
	var b bytes.Buffer
	if err := Render(&b, values, Options{Lang: "lv", Title: "Paraksti"}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "map.html")
	writeFile(t, page, htmlPage(b.Bytes()))
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries(mustShapes(t), values, "lv") {
		want = append(want, e.state.Title)
	}
	if got := linkNames(t, ctx); !slices.Equal(got, want) {
		t.Errorf("links seen by assistive technology:\n%q\nwant\n%q", got, want)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.getAttribute("data-code")`))
	if err != nil || focused != "AT" {
		t.Errorf("Tab focuses %q (%v), want AT (Austrija)", focused, err)
	}
}

// linkNames returns the accessible names of the page's links, in order.
func linkNames(t *testing.T, ctx context.Context) []string {
	t.Helper()
	tree, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (*accessibility.GetFullAXTreeResult, error) {
		res, err := cdp.Call(ctx, tg, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		return &res, err
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range tree.Nodes {
		if n.Ignored || n.Role == nil || string(n.Role.Value) != `"link"` || n.Name == nil {
			continue
		}
		var name string
		if err := json.Unmarshal(n.Name.Value, &name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func mustShapes(t *testing.T) []shape {
	t.Helper()
	all, err := shapes()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// browser returns a chromedp context on a fresh headless Chromium, or
// skips the test when COALITION_TEST_BROWSER is not set.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("COALITION_TEST_BROWSER")
	if exe == "" {
		t.Skip("set COALITION_TEST_BROWSER to a Chromium binary, e.g. /usr/bin/chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1100))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}
