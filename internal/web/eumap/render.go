package eumap

import (
	"fmt"
	"io"
	"strings"
)

// The canvas: the map on the left, the legend and the insets of the
// smallest states in a panel on the right.
const (
	canvasWidth  = mapWidth + panelWidth
	canvasHeight = mapHeight
	panelWidth   = 200.0
)

// Render writes an SVG map of Europe to w, each member state coloured by
// the step of its share of the threshold (see Step) and labelled with its
// code and values[code].Label. Keys of values are EU codes ("EL" for
// Greece); a key that is not one is an error wrapping eu.ErrUnknownState,
// and a bad share or link one wrapping ErrInvalid: Render then writes
// nothing. Member states missing from values are drawn with no support;
// countries outside the EU are drawn in grey for context.
//
// Reading the map does not depend on colour: states at or above their
// threshold are hatched and carry a check mark, every state shows its
// label, and Luxembourg, Malta and Cyprus are repeated enlarged in insets.
// Each state is a link (when it has one) with a title, so that keyboard
// and screen-reader users can reach it. The SVG has no script and no
// style attributes; it fits under a strict Content-Security-Policy. The
// output depends only on the arguments.
func Render(w io.Writer, values map[string]State, opts Options) error {
	if err := check(values, opts); err != nil {
		return err
	}
	all, err := shapes()
	if err != nil {
		return err
	}
	if opts.ID == "" {
		opts.ID = "eumap"
	}
	var s svg
	writeDocument(&s, all, entries(all, values, opts.Lang), opts)
	if _, err := w.Write(s.buf.Bytes()); err != nil {
		return fmt.Errorf("eumap: write: %w", err)
	}
	return nil
}

// writeDocument writes the whole SVG element.
func writeDocument(s *svg, all []shape, members []entry, opts Options) {
	s.open("svg", "xmlns", "http://www.w3.org/2000/svg",
		"viewBox", "0 0 "+num(canvasWidth)+" "+num(canvasHeight),
		"class", "eumap", "role", "group", "aria-labelledby", labelledBy(opts),
		"font-family", "sans-serif")
	s.newline()
	if opts.Title != "" {
		s.text("title", opts.Title, "id", opts.ID+"-title")
	}
	s.text("desc", description(members, opts), "id", opts.ID+"-desc")
	s.newline()
	writeDefs(s, opts.ID)
	writeOutside(s, all)
	writeMembers(s, members, opts.ID)
	writeLabels(s, members)
	writeLegend(s, opts)
	s.close("svg")
	s.newline()
}

// labelledBy names the elements that label the map.
func labelledBy(opts Options) string {
	if opts.Title == "" {
		return opts.ID + "-desc"
	}
	return opts.ID + "-title " + opts.ID + "-desc"
}

// description is opts.Desc or, by default, every state with its label.
func description(members []entry, opts Options) string {
	if opts.Desc != "" {
		return opts.Desc
	}
	parts := make([]string, len(members))
	for i, e := range members {
		parts[i] = e.state.Title
	}
	return strings.Join(parts, "; ")
}

// writeDefs writes the hatching of states at or above their threshold.
func writeDefs(s *svg, id string) {
	s.open("defs")
	s.open("pattern", "id", id+"-over", "width", "6", "height", "6",
		"patternUnits", "userSpaceOnUse", "patternTransform", "rotate(45)")
	s.empty("path", "d", "M0 0v6", "stroke", hatchColour, "stroke-width", "2")
	s.close("pattern")
	s.close("defs")
	s.newline()
}

// writeOutside draws the countries outside the EU, as context only.
func writeOutside(s *svg, all []shape) {
	s.open("g", "class", "eumap-outside", "aria-hidden", "true", "fill", fillOutside,
		"stroke", strokeOutside, "stroke-width", "0.6", "stroke-linejoin", "round")
	for _, sh := range all {
		if sh.code == "" {
			s.empty("path", "d", pathData(sh.rings))
			s.newline()
		}
	}
	s.close("g")
	s.newline()
}
