package gen

import "math"

// kindWeights are the relative frequencies of the org_kind codes, in
// vocabulary order: ngo, association, trade_union, foundation, company,
// business_association, public_authority, municipality, education_research,
// media, faith_based, informal_group. Local associations and NGOs dominate.
var kindWeights = []float64{22, 30, 1.5, 9, 3, 2, 2, 1.5, 5, 2.5, 2, 6}

// Codes of the vocabularies the generator fills in.
var (
	functionCodes = mustCodes("function")
	// functionWeights follow functionCodes: representation, advocacy,
	// capacity_building, service_delivery, social_functions, social_change.
	functionWeights = []float64{2, 5, 4, 5, 3, 3}
	// popularTopics orders the topic codes from most to least frequent, for
	// the extra topics an organization works on.
	popularTopics = []string{
		"environment_climate", "education_youth_sport", "employment_social_affairs", "culture_media",
		"justice_fundamental_rights", "consumers_health", "regional_development", "agriculture",
		"migration_asylum", "energy", "transport", "research", "digital_economy_society",
		"development_cooperation", "business_economy", "maritime_fisheries", "trade_external_relations", "security",
	}
)

var (
	functionPick = weighted(functionWeights...)
	extraTopic   = zipf(len(popularTopics), 1)
	countPick    = weighted(0.5, 0.35, 0.15) // one, two or three values
	levelPick    = weighted(0.5, 0.25, 0.19, 0.04, 0.02)
	levels       = []string{"local", "regional", "national", "european", "international"}
)

func (g *orgGen) sector(kind int) string {
	switch kinds[kind] {
	case "company", "business_association":
		return "private"
	case "public_authority", "municipality":
		return "public"
	case "media":
		return pickString(g, "private", "civil", 0.6)
	case "education_research":
		return pickString(g, "public", "civil", 0.65)
	}
	return "civil"
}

func pickString(g *orgGen, a, b string, pa float64) string {
	if chance(g.r, pa) {
		return a
	}
	return b
}

func (g *orgGen) level(kind int, network bool) string {
	switch {
	case network:
		return pickString(g, "european", "international", 0.8)
	case kinds[kind] == "municipality":
		return "local"
	case kinds[kind] == "public_authority":
		return levels[weighted3(g, 0.3, 0.4)]
	}
	return levels[levelPick.pick(g.r)]
}

// weighted3 returns 0, 1 or 2 with probabilities p0, p1 and the rest.
func weighted3(g *orgGen, p0, p1 float64) int {
	x := g.r.Float64()
	switch {
	case x < p0:
		return 0
	case x < p0+p1:
		return 1
	}
	return 2
}

func (g *orgGen) functions(kind int) []string {
	var buf [4]string
	n := 0
	switch kinds[kind] {
	case "trade_union", "business_association":
		buf[n], n = "representation", n+1
	case "public_authority", "municipality":
		buf[n], n = "service_delivery", n+1
	}
	for i := countPick.pick(g.r); i >= 0 && n < len(buf); i-- {
		buf[n], n = functionCodes[functionPick.pick(g.r)], n+1
	}
	return sortedSet(&g.a, buf[:n])
}

func (g *orgGen) topics(kind int, n *nameParts) []string {
	var buf [8]string
	k := copy(buf[:], topicCodes[n.topic])
	if n.topic2 >= 0 {
		k += copy(buf[k:], topicCodes[n.topic2])
	}
	if kinds[kind] == "company" || kinds[kind] == "business_association" {
		buf[k], k = "business_economy", k+1
	}
	for i := countPick.pick(g.r); i > 0 && k < len(buf); i-- {
		buf[k], k = popularTopics[extraTopic.pick(g.r)], k+1
	}
	return sortedSet(&g.a, buf[:k])
}

func (g *orgGen) languages(c *country, l *lang, network bool) []string {
	var buf [4]string
	buf[0] = l.code
	n := 1
	switch {
	case network:
		if chance(g.r, 0.5) {
			buf[n], n = "fr", n+1
		}
		if chance(g.r, 0.3) {
			buf[n], n = "de", n+1
		}
	case chance(g.r, 0.3):
		buf[n], n = "en", n+1
	}
	if len(c.langs) > 1 && chance(g.r, 0.2) {
		buf[n], n = c.langs[g.r.IntN(len(c.langs))].lang.code, n+1
	}
	return sortedSet(&g.a, buf[:n])
}

// memberMedians are the median numbers of members by kind; kinds without
// members are left out.
var memberMedians = func() []float64 {
	m := make([]float64, len(kinds))
	for code, median := range map[string]float64{
		"association": 45, "ngo": 25, "trade_union": 1500, "foundation": 10, "informal_group": 20,
		"faith_based": 120, "business_association": 60,
	} {
		m[kindIndex(code)] = median
	}
	return m
}()

// reach draws members and audience from log-normal distributions whose
// medians depend on the kind; some organizations do not say.
func (g *orgGen) reach(kind int, network bool) (members, audience int64) {
	median := memberMedians[kind]
	if network {
		median = 30
	}
	if median > 0 && chance(g.r, 0.75) {
		members = logNormal(g.r, median, 1.2)
	}
	if chance(g.r, 0.7) {
		audience = logNormal(g.r, 600, 1.6)
	}
	return members, audience
}

// sortedSet sorts codes, drops repeats and copies them into the arena.
func sortedSet(a *arena, codes []string) []string {
	for i := 1; i < len(codes); i++ {
		for j := i; j > 0 && codes[j] < codes[j-1]; j-- {
			codes[j], codes[j-1] = codes[j-1], codes[j]
		}
	}
	n := 0
	for i, c := range codes {
		if i == 0 || c != codes[n-1] {
			codes[n] = c
			n++
		}
	}
	out := a.stringSlice(n)
	copy(out, codes[:n])
	return out
}

// year draws a founding year, recent years being the most frequent.
func (g *orgGen) year() int64 {
	return 2024 - int64(math.Min(74, g.r.ExpFloat64()*12))
}
