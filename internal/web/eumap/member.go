package eumap

// writeMembers draws the member states, each as a link or an image with
// its title, in the order of members.
func writeMembers(s *svg, members []entry, id string) {
	s.open("g", "class", "eumap-states", "stroke", strokeMember, "stroke-width", "0.6",
		"stroke-linejoin", "round", "fill-rule", "evenodd")
	s.newline()
	for _, e := range members {
		writeMember(s, e, id)
	}
	s.close("g")
	s.newline()
}

// writeMember draws one member state, and its inset if it has one.
func writeMember(s *svg, e entry, id string) {
	tag, attrs := "g", []string{"role", "img"}
	if e.state.Link != "" {
		tag, attrs = "a", []string{"href", e.state.Link}
	}
	s.open(tag, append(attrs, "class", "eumap-state", "data-code", e.code)...)
	s.text("title", e.state.Title)
	writeOutline(s, pathData(e.shape.rings), e, id)
	if box, ok := insetBox(e.code); ok {
		writeInset(s, e, box, id)
	}
	s.close(tag)
	s.newline()
}

// writeOutline fills an outline with the colour of the state's step and,
// at or above the threshold, hatches it.
func writeOutline(s *svg, d string, e entry, id string) {
	s.empty("path", "d", d, "fill", palette[e.step])
	if e.over() {
		s.empty("path", "d", d, "fill", "url(#"+id+"-over)", "stroke", "none")
	}
}
