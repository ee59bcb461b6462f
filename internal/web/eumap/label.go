package eumap

import "slices"

// checkMark marks states at or above their threshold, beside the code.
const checkMark = " ✓"

// writeLabels writes every state's code and label above all outlines, so
// that no neighbour covers them. The layer is hidden from assistive
// technology (the titles say the same) and lets clicks through to the
// states beneath.
func writeLabels(s *svg, members []entry) {
	s.open("g", "class", "eumap-labels", "aria-hidden", "true", "pointer-events", "none",
		"text-anchor", "middle", "fill", textColour, "stroke", haloColour, "stroke-width", "3",
		"stroke-linejoin", "round", "paint-order", "stroke")
	s.newline()
	for _, e := range members {
		if slices.Contains(insets, e.code) {
			writeInsetMarker(s, e)
			continue
		}
		writeLabel(s, e)
	}
	s.close("g")
	s.newline()
}

// writeLabel writes a state's code over its label.
func writeLabel(s *svg, e entry) {
	at := labelAt(e)
	writeCodeLine(s, e, at.x, at.y-1, "middle")
	s.text("text", e.state.Label, "x", num(at.x), "y", num(at.y+labelSize), "font-size", num(labelSize))
	s.newline()
}

// writeCodeLine writes a state's code in bold, with the check mark when
// it has reached its threshold.
func writeCodeLine(s *svg, e entry, x, y float64, anchor string) {
	s.text("text", codeText(e), "x", num(x), "y", num(y), "font-size", num(codeSize),
		"font-weight", "bold", "text-anchor", anchor)
}

// codeText is a state's code, with the check mark when it has reached
// its threshold.
func codeText(e entry) string {
	if e.over() {
		return e.code + checkMark
	}
	return e.code
}

// writeInsetMarker rings a state that has an inset and names it, so that
// the reader finds it on the map.
func writeInsetMarker(s *svg, e entry) {
	c := centre(e.shape)
	s.empty("circle", "cx", num(c.x), "cy", num(c.y), "r", "6",
		"fill", "none", "stroke", textColour, "stroke-width", "1.2")
	writeCodeLine(s, e, c.x+9, c.y+codeSize/3, "start")
	s.newline()
}
