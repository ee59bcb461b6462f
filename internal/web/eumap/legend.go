package eumap

// Legend layout in user units.
const (
	legendTop    = 20.0
	legendRow    = 26.0
	swatchWidth  = 30.0
	swatchHeight = 18.0
	legendSize   = 12.0
)

// writeLegend lists the colour steps, top (no support) to bottom
// (threshold reached, hatched and checked), then the grey of countries
// outside the EU when opts.Outside names them.
func writeLegend(s *svg, opts Options) {
	s.open("g", "class", "eumap-legend", "aria-hidden", "true", "font-size", num(legendSize), "fill", textColour)
	y := legendTop
	if opts.LegendTitle != "" {
		s.text("text", opts.LegendTitle, "x", num(panelX), "y", num(y+legendSize), "font-weight", "bold")
		y += legendRow
	}
	for step := range Steps {
		writeSwatch(s, y, palette[step], step == Steps-1, opts.ID)
		text := stepRanges[step]
		if step == Steps-1 {
			text += checkMark
		}
		s.text("text", text, "x", num(panelX+swatchWidth+8), "y", num(y+swatchHeight-5))
		y += legendRow
	}
	if opts.Outside != "" {
		writeSwatch(s, y, fillOutside, false, opts.ID)
		s.text("text", opts.Outside, "x", num(panelX+swatchWidth+8), "y", num(y+swatchHeight-5))
	}
	s.close("g")
	s.newline()
}

// writeSwatch draws one legend box, hatched for the last step.
func writeSwatch(s *svg, y float64, fill string, hatched bool, id string) {
	attrs := []string{"x", num(panelX), "y", num(y), "width", num(swatchWidth), "height", num(swatchHeight),
		"stroke", strokeMember, "stroke-width", "0.6"}
	s.empty("rect", append(attrs, "fill", fill)...)
	if hatched {
		s.empty("rect", append(attrs, "fill", "url(#"+id+"-over)")...)
	}
}
