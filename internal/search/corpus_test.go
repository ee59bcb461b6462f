package search

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/vocab"
)

// A synthetic directory for tests and benchmarks: organizations in the 27
// member states in proportion to population, named and described in their
// languages with Zipf-distributed words (the most common word of a language
// is in nearly every description in it), with realistic facet skew.

// lang is a language of the corpus: common real words, then invented ones
// made of its syllables.
type lang struct {
	code, forms string
	common      string
	syllables   string
}

var langs = map[string]lang{
	"de": {"de", "Verein e.V.|Stiftung|gGmbH", "und der die für von mit Umwelt Jugend Kultur Bildung Verein Natur Stadt Arbeit Frauen Kinder", "ber ge wal sch tz en ün mar hof lin"},
	"fr": {"fr", "Association|Fondation|ASBL", "et de la les pour des environnement jeunesse culture éducation association nature ville travail femmes enfants", "ré lou cha ten mon vil eau pré ber gné"},
	"it": {"it", "Associazione|Fondazione|Cooperativa", "e di la il per delle ambiente giovani cultura educazione associazione natura città lavoro donne bambini", "ric ca ven tos mar gio lli zio pa ne"},
	"es": {"es", "Asociación|Fundación|Cooperativa", "y de la el para los medio ambiente juventud cultura educación asociación naturaleza ciudad trabajo mujeres", "ro ña gar cas ver mi llo te pue do"},
	"pl": {"pl", "Fundacja|Stowarzyszenie|Związek", "i w na dla się z środowisko młodzież kultura edukacja stowarzyszenie przyroda miasto praca kobiety dzieci", "prz szcz ło ża ków dą wie ny rze sk"},
	"ro": {"ro", "Asociația|Fundația|Clubul", "și de la pentru în cu mediu tineret cultură educație asociația natură oraș muncă femei copii", "ră ţi mu şte an cu lea bu dor vi"},
	"nl": {"nl", "Stichting|Vereniging|Coöperatie", "en de het van voor met milieu jeugd cultuur onderwijs vereniging natuur stad werk vrouwen kinderen", "aa ij oe sch ver hoek dam berg wijk ee"},
	"cs": {"cs", "spolek|z.s.|nadace", "a v na pro se s životní mládež kultura vzdělávání spolek příroda město práce ženy děti", "ř č ně ší vo br ku ro dě ho"},
	"sv": {"sv", "Förening|Stiftelse|Förbund", "och i för av med på miljö ungdom kultur utbildning förening natur stad arbete kvinnor barn", "sk ö å fj ber lund vik stad sjö gö"},
	"pt": {"pt", "Associação|Fundação|Cooperativa", "e de a o para com ambiente juventude cultura educação associação natureza cidade trabalho mulheres", "ção lh nh ão ma ri bo sa ve tu"},
	"el": {"el", "Σύλλογος|Ίδρυμα|Ένωση", "και της του για με στο περιβάλλον νεολαία πολιτισμός εκπαίδευση σύλλογος φύση πόλη εργασία γυναίκες", "πα ρι κο λη θε μο στα να ξε ου"},
	"hu": {"hu", "Egyesület|Alapítvány|Szövetség", "és a az a hogy van környezet ifjúság kultúra oktatás egyesület természet város munka nők gyerekek", "gy sz ő ű ke bo la cs ny zs"},
	"bg": {"bg", "Сдружение|Фондация|Асоциация", "и на за в с от околна среда младежи култура образование сдружение природа град труд жени", "ба ли ко щ ев ра жи ни ов ка"},
	"da": {"da", "Forening|Fond|Forbund", "og i for af med på miljø ungdom kultur uddannelse forening natur by arbejde kvinder", "sk ø æ å gaard lund holm rup bjerg ved"},
	"fi": {"fi", "ry|Säätiö|Liitto", "ja on että ei se hän ympäristö nuoret kulttuuri koulutus yhdistys luonto kaupunki työ naiset", "kk ää yy lä tu ra vi koski mäki nen"},
	"sk": {"sk", "združenie|nadácia|spolok", "a v na pre sa s životné mládež kultúra vzdelávanie združenie príroda mesto práca ženy", "ľ č ň ší vo br ku ro dž ho"},
	"en": {"en", "Association|Foundation|Trust", "the and of for to in environment youth culture education association nature city work women children", "ing ton ham shire ley ford wick bury field dale"},
	"hr": {"hr", "Udruga|Zaklada|Savez", "i u na za se s okoliš mladi kultura obrazovanje udruga priroda grad rad žene djeca", "đ ć č lj nj ko va ri du ša"},
	"lt": {"lt", "Asociacija|Fondas|Bendrija", "ir į už su kad iš aplinka jaunimas kultūra švietimas asociacija gamta miestas darbas moterys", "ė ų ša ži ka au ie pa ly kė"},
	"sl": {"sl", "Društvo|Fundacija|Zveza", "in v na za se s okolje mladi kultura izobraževanje društvo narava mesto delo ženske", "č š ž lj ko va ri gor dol ja"},
	"lv": {"lv", "biedrība|nodibinājums|apvienība", "un ar par uz no kā vide jaunatne kultūra izglītība biedrība daba pilsēta darbs sievietes", "ā ē ī ū ķ ļ ņ ga ri ta"},
	"et": {"et", "MTÜ|SA|Liit", "ja on et ei see ta keskkond noored kultuur haridus selts loodus linn töö naised", "õ ä ö ü aa maa küla saar ja ste"},
	"mt": {"mt", "Għaqda|Fondazzjoni|Assoċjazzjoni", "u ta tal għal fil minn ambjent żgħażagħ kultura edukazzjoni għaqda natura belt xogħol nisa", "ħ ż ċ għ ma ri xa ġ ta bi"},
}

// stateLangs gives each member state's language(s) and weight (millions of
// inhabitants, rounded).
var stateLangs = []struct {
	iso   string
	langs []string
	pop   float64
}{
	{"DE", []string{"de"}, 84}, {"FR", []string{"fr"}, 68}, {"IT", []string{"it"}, 59}, {"ES", []string{"es"}, 48},
	{"PL", []string{"pl"}, 37}, {"RO", []string{"ro"}, 19}, {"NL", []string{"nl"}, 18}, {"BE", []string{"fr", "nl"}, 12},
	{"CZ", []string{"cs"}, 11}, {"SE", []string{"sv"}, 10.5}, {"PT", []string{"pt"}, 10.4}, {"GR", []string{"el"}, 10.4},
	{"HU", []string{"hu"}, 9.6}, {"AT", []string{"de"}, 9.1}, {"BG", []string{"bg"}, 6.4}, {"DK", []string{"da"}, 5.9},
	{"FI", []string{"fi"}, 5.6}, {"SK", []string{"sk"}, 5.4}, {"IE", []string{"en"}, 5.3}, {"HR", []string{"hr"}, 3.9},
	{"LT", []string{"lt"}, 2.9}, {"SI", []string{"sl"}, 2.1}, {"LV", []string{"lv"}, 1.9}, {"EE", []string{"et"}, 1.4},
	{"CY", []string{"el"}, 0.9}, {"LU", []string{"fr", "de"}, 0.7}, {"MT", []string{"mt", "en"}, 0.5},
}

// vocabSize is the number of words of each language's vocabulary.
const vocabSize = 30000

// corpus generates organization i on demand, the same every time.
type corpus struct {
	vocab             map[string][]string // by language: common words, then invented ones
	regions           map[string][]string // NUTS 3 codes by country
	states            []float64           // cumulative population weights
	seed              uint64
	functions, topics []string
}

func newCorpus(seed uint64) *corpus {
	c := &corpus{vocab: map[string][]string{}, regions: map[string][]string{}, seed: seed}
	fv, _ := vocab.Get(vocab.Function)
	tv, _ := vocab.Get(vocab.Topic)
	c.functions, c.topics = fv.Codes(), tv.Codes()
	for code, l := range langs {
		c.vocab[code] = l.vocabulary(rand.New(rand.NewPCG(seed, uint64(len(code)+int(code[0])*7+int(code[1])))))
	}
	total := 0.0
	for _, s := range stateLangs {
		total += s.pop
		c.states = append(c.states, total)
		for _, r := range eu.Regions(s.iso, 3) {
			c.regions[s.iso] = append(c.regions[s.iso], r.Code)
		}
	}
	return c
}

func (l lang) vocabulary(rng *rand.Rand) []string {
	words := strings.Fields(l.common)
	seen := map[string]bool{}
	syl := strings.Fields(l.syllables)
	for len(words) < vocabSize {
		var b strings.Builder
		for range 2 + rng.IntN(4) {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

// zipf returns a rank in [0, n) with probability proportional to 1/(rank+2)^1.05.
func zipf(rng *rand.Rand, n int) int {
	for {
		// Inverse transform of a continuous power law, rejected beyond n.
		u := rng.Float64()
		r := int(math.Pow(1-u, -1/0.05)) - 1
		if r >= 0 && r < n {
			return r
		}
	}
}

func (c *corpus) words(rng *rand.Rand, code string, n, offset int) string {
	v := c.vocab[code]
	ws := make([]string, n)
	for i := range ws {
		ws[i] = v[(zipf(rng, len(v))+offset)%len(v)]
	}
	return strings.Join(ws, " ")
}

// org returns organization i (ids start at 1).
func (c *corpus) org(i int) directory.Organization {
	rng := rand.New(rand.NewPCG(c.seed, uint64(i)))
	s := stateLangs[c.state(rng.Float64()*c.states[len(c.states)-1])]
	code := s.langs[rng.IntN(len(s.langs))]
	forms := strings.Split(langs[code].forms, "|")
	name := c.words(rng, code, 1+rng.IntN(3), 6)
	if rng.IntN(2) == 0 {
		name = forms[rng.IntN(len(forms))] + " " + name
	}
	o := directory.Organization{
		ID: int64(i + 1), Name: name, NameLang: code, Country: s.iso,
		City:         c.words(rng, code, 1, 3000),
		Descriptions: []directory.Text{{Lang: code, Value: c.words(rng, code, 10+rng.IntN(30), 0)}},
		Level:        pick(rng, "local", 45, "regional", 25, "national", 18, "european", 8, "international", 4),
		Sector:       pick(rng, "civil", 75, "public", 12, "private", 13),
		Kind: pick(rng, "ngo", 35, "association", 25, "foundation", 10, "trade_union", 4, "company", 5, "business_association", 3,
			"public_authority", 4, "municipality", 5, "education_research", 4, "media", 2, "faith_based", 2, "informal_group", 1),
		Languages: []string{code},
		Members:   int64(math.Exp(rng.NormFloat64()*2 + 3)),
		Audience:  int64(math.Exp(rng.NormFloat64()*2.5 + 4)),
		Archived:  rng.IntN(100) < 3,
	}
	if rng.IntN(10) < 3 {
		o.Descriptions = append(o.Descriptions, directory.Text{Lang: "en", Value: c.words(rng, "en", 10+rng.IntN(25), 0)})
		o.Languages = append(o.Languages, "en")
	}
	if rs := c.regions[s.iso]; len(rs) > 0 && rng.IntN(100) < 85 {
		o.Region = rs[zipf(rng, len(rs))]
	}
	o.Functions = pickSome(rng, c.functions, 1+rng.IntN(3))
	o.Topics = pickSome(rng, c.topics, 1+rng.IntN(3))
	return o
}

func (c *corpus) state(x float64) int {
	for i, w := range c.states {
		if x < w {
			return i
		}
	}
	return len(c.states) - 1
}

// pick chooses among value, weight pairs.
func pick(rng *rand.Rand, pairs ...any) string {
	total := 0
	for i := 1; i < len(pairs); i += 2 {
		total += pairs[i].(int)
	}
	x := rng.IntN(total)
	for i := 1; i < len(pairs); i += 2 {
		if x -= pairs[i].(int); x < 0 {
			return pairs[i-1].(string)
		}
	}
	return ""
}

// pickSome chooses n distinct codes, the first ones more often.
func pickSome(rng *rand.Rand, codes []string, n int) []string {
	var out []string
	for len(out) < n {
		c := codes[zipf(rng, len(codes))]
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// scan returns a ScanFunc over organizations 0..n-1, generated as read.
func (c *corpus) scan(n int) ScanFunc {
	return func(ctx context.Context, fn func(directory.Organization) error) error {
		for i := range n {
			if err := fn(c.org(i)); err != nil {
				return err
			}
		}
		return nil
	}
}
