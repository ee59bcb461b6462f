package eumap

import "slices"

// Inset boxes in the panel, in user units.
const (
	panelX       = mapWidth + 10
	insetTop     = 250.0
	insetWidth   = 180.0
	insetHeight  = 170.0
	insetGap     = 14.0
	insetPadding = 8.0
	insetText    = 40.0 // room under the outline for two lines of text
)

// insetBox returns the box of the inset of the state code, if it has one.
func insetBox(code string) (rect, bool) {
	i := slices.Index(insets, code)
	if i < 0 {
		return rect{}, false
	}
	y := insetTop + float64(i)*(insetHeight+insetGap)
	return rect{panelX, y, panelX + insetWidth, y + insetHeight}, true
}

// writeInset draws a state enlarged in its box, with its code, name and
// label; it belongs to the state's link.
func writeInset(s *svg, e entry, box rect, id string) {
	s.empty("rect", "x", num(box.x0), "y", num(box.y0), "width", num(box.x1-box.x0),
		"height", num(box.y1-box.y0), "fill", "#ffffff", "stroke", strokeMember, "stroke-width", "0.8")
	area := rect{box.x0 + insetPadding, box.y0 + insetPadding, box.x1 - insetPadding, box.y1 - insetText}
	writeOutline(s, pathData(fitRings(e.shape.km, area)), e, id)
	textY := box.y1 - insetText + codeSize + 4
	x := num(box.x0 + insetPadding)
	s.open("g", "stroke", "none", "fill", textColour, "font-size", num(labelSize))
	s.open("text", "x", x, "y", num(textY))
	s.text("tspan", codeText(e), "font-size", num(codeSize), "font-weight", "bold")
	s.escape(" " + e.name)
	s.close("text")
	s.text("text", e.state.Label, "x", x, "y", num(textY+labelSize+5))
	s.close("g")
}

// fitRings scales and centres projected rings (kilometres, y north) into
// area (user units, y down), keeping their shape.
func fitRings(km [][]point, area rect) [][]point {
	b := bounds(km)
	scale := min((area.x1-area.x0)/(b.x1-b.x0), (area.y1-area.y0)/(b.y1-b.y0))
	dx := area.x0 + ((area.x1-area.x0)-(b.x1-b.x0)*scale)/2
	dy := area.y0 + ((area.y1-area.y0)-(b.y1-b.y0)*scale)/2
	out := make([][]point, len(km))
	for i, r := range km {
		out[i] = make([]point, len(r))
		for j, p := range r {
			out[i][j] = point{dx + (p.x-b.x0)*scale, dy + (b.y1-p.y)*scale}
		}
	}
	return out
}

// bounds is the bounding box of rings.
func bounds(rings [][]point) rect {
	b := rect{rings[0][0].x, rings[0][0].y, rings[0][0].x, rings[0][0].y}
	for _, r := range rings {
		for _, p := range r {
			b = rect{min(b.x0, p.x), min(b.y0, p.y), max(b.x1, p.x), max(b.y1, p.y)}
		}
	}
	return b
}
