package gen

import "coalition/internal/directory"

// Descriptions. The first sentence names the organization's topic, the others
// are drawn from the language's frames without repeats; activities and groups
// are drawn with Zipf weights, so that a few words are very frequent and most
// are rare, as in real text.

var sentencePick = weighted(0.4, 0.4, 0.2) // one, two or three sentences

const altNameShare = 0.2 // share of organizations with an English name too

// texts returns the descriptions and the alternative names of an organization.
func (g *orgGen) texts(l *lang, n *nameParts, kind int, network bool) (descs, names []directory.Text) {
	alt := ""
	if !network && l.code != "en" && chance(g.r, altNameShare) {
		alt = g.englishName(n, kind)
	}
	if alt == "" {
		descs = g.a.textSlice(1)
	} else {
		names = g.a.textSlice(1)
		names[0] = directory.Text{Lang: "en", Value: alt}
		descs = g.a.textSlice(2)
		en := g.w.english()
		descs[1] = directory.Text{Lang: "en", Value: g.describe(en, n.topic, g.a.concat("in ", n.city.latin))}
	}
	descs[0] = directory.Text{Lang: l.code, Value: g.describe(l, n.topic, n.city.loc)}
	return descs, names
}

// describe writes one to three sentences about an organization working on
// topic in the place loc ("in Köln").
func (g *orgGen) describe(l *lang, topic int, loc string) string {
	start := g.a.start()
	g.frame(l, l.frames[g.r.IntN(2)], topic, loc)
	used := 0
	for i := sentencePick.pick(g.r); i > 0; i-- {
		f := 2 + g.r.IntN(len(l.frames)-2)
		if used&(1<<f) != 0 {
			continue
		}
		used |= 1 << f
		g.a.writeByte(' ')
		g.frame(l, l.frames[f], topic, loc)
	}
	return g.a.str(start)
}

// frame writes one sentence.
func (g *orgGen) frame(l *lang, pieces []piece, topic int, loc string) {
	start := len(g.a.buf)
	afterTopic := false
	for _, p := range pieces {
		switch p.slot {
		case 0:
			if afterTopic && l.spec.hyphen && sameVowel(g.a.buf, p.lit) {
				g.a.writeByte('-')
			}
			g.a.write(p.lit)
		case 'p':
			g.a.write(l.topics[topic].run)
		case 'a':
			g.a.write(l.acts[l.actPick.pick(g.r)].text)
		case 'g':
			g.a.write(l.groups[l.grpPick.pick(g.r)].text)
		case 'l':
			g.a.write(loc)
		case 'y':
			g.a.writeInt(g.year())
		case 'n':
			g.a.writeInt(int64(5 + g.r.IntN(26)))
		}
		afterTopic = p.slot == 'p'
	}
	g.a.capitalizeFrom(start)
}

// englishName renders the organization's name in English when its name is
// made of words that translate (a type and a topic); brands stay untranslated
// and are left out, so "" is returned for them.
func (g *orgGen) englishName(n *nameParts, kind int) string {
	if n.tmpl.needs&(needBrand|needEponym) != 0 || n.tmpl.needs&needTopic == 0 {
		return ""
	}
	en := g.w.english()
	types := en.types[kind]
	if len(types) == 0 {
		return ""
	}
	list := en.civil
	if kinds[kind] == "municipality" {
		list = en.public
	}
	c := city{name: phrase{text: n.city.latin}}
	e := nameParts{typ: &types[0], tmpl: &list[0], topic: n.topic, topic2: n.topic2, city: &c, brand: -1}
	if kinds[kind] == "municipality" {
		e.tmpl = &list[len(list)-1]
	}
	return e.render(&g.a, en)
}
