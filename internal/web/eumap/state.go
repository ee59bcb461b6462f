package eumap

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"net/url"
	"regexp"
	"slices"

	"coalition/internal/eu"
)

// State is what the map shows for one member state.
type State struct {
	// Share is the support divided by the state's threshold: 0.37 for
	// 37%, 1.12 above the threshold. It picks the colour step (see Step).
	Share float64
	// Label is the short text drawn under the state's code, for example
	// "4,100 short" or "112%"; empty, it is the share as a percentage.
	Label string
	// Title is the accessible name of the state, read by screen readers
	// and shown on hover, for example "Latvia: 2,380 of 6,480 (37%)";
	// empty, it is the state's name and its label.
	Title string
	// Link is the address the state leads to: a path or an http(s) URL;
	// empty, the state is not a link.
	Link string
}

// Options are the texts and names of one map. The texts come translated
// from the caller; the map itself holds no words, only state names from
// package eu and numbers.
type Options struct {
	// Lang picks the language of the state names: en, bg, ro, lv or sl
	// (others fall back to English, see eu.MemberState.Name).
	Lang string
	// ID prefixes every id in the SVG, so that two maps can share a page;
	// letters, digits, '-' and '_', starting with a letter. Default "eumap".
	ID string
	// Title is the accessible name of the whole map.
	Title string
	// Desc describes the map; empty, it lists every state with its label.
	Desc string
	// LegendTitle is the heading of the legend; none when empty.
	LegendTitle string
	// Outside is the legend text for countries outside the EU, drawn in
	// grey; the legend leaves them out when it is empty.
	Outside string
}

// ErrInvalid reports a value or option that Render cannot draw: a share
// below zero or not finite, a link other than a path or an http(s) URL, or
// a malformed ID. Codes that are not EU member state codes give
// eu.ErrUnknownState.
var ErrInvalid = errors.New("eumap: invalid map data")

var idPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

// check reports every problem of values and opts, in code order.
func check(values map[string]State, opts Options) error {
	var errs []error
	if opts.ID != "" && !idPattern.MatchString(opts.ID) {
		errs = append(errs, fmt.Errorf("%w: id %q", ErrInvalid, opts.ID))
	}
	for _, code := range slices.Sorted(maps.Keys(values)) {
		errs = append(errs, checkState(code, values[code]))
	}
	return errors.Join(errs...)
}

// checkState reports the problems of one entry of the values.
func checkState(code string, s State) error {
	if m, ok := eu.Lookup(code); !ok || m.Code != code {
		return fmt.Errorf("eumap: %w: %q (the map takes EU codes such as EL for Greece)", eu.ErrUnknownState, code)
	}
	if math.IsNaN(s.Share) || math.IsInf(s.Share, 0) || s.Share < 0 {
		return fmt.Errorf("%w: %s: share %v", ErrInvalid, code, s.Share)
	}
	if !safeLink(s.Link) {
		return fmt.Errorf("%w: %s: link %q", ErrInvalid, code, s.Link)
	}
	return nil
}

// safeLink accepts paths and http(s) URLs, never "javascript:" and the like.
func safeLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "", "http", "https":
		return true
	}
	return false
}
