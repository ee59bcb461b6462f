package vocab

// definition is a vocabulary as written in this file: its name and codes.
// Codes are stable: they are stored in databases and exchanged over the
// API, so a code is never renamed or reused; new terms are appended.
type definition struct {
	name  string
	codes []string
}

func (d definition) vocabulary() Vocabulary {
	v := Vocabulary{Name: d.name, Terms: make([]Term, len(d.codes))}
	for i, c := range d.codes {
		v.Terms[i] = Term{Code: c, vocab: d.name}
	}
	return v
}

// Names of the vocabularies, for use with Get.
const (
	// PartnerRole names the roles a partner plays in an initiative.
	PartnerRole = "partner_role"
	// Sector names the public, private and civil sectors.
	Sector = "sector"
	// OrgKind names the kinds of organisation.
	OrgKind = "org_kind"
	// Function names the six civil-society functions.
	Function = "function"
	// Level names the levels at which a partner works.
	Level = "level"
	// Cooperation names the four categories of cooperation.
	Cooperation = "cooperation"
	// PersonKind names the kinds of person in the directory.
	PersonKind = "person_kind"
	// Stage names the stages of an engagement in the alliance pipeline.
	Stage = "stage"
	// Topic names the policy areas, after the ECI register's categories.
	Topic = "topic"
)

// definitions lists every vocabulary; each comment names its source.
var definitions = []definition{
	// Partner roles. ECI: the four kinds of partner of the ECI Forum guidance
	// "How to look for partners" and its webinar summary (seeds 000, 001).
	// Local partnerships: the three sectors' representatives and the
	// facilitator of seed 003, and the lead partner of EU-funded partnerships.
	{PartnerRole, []string{
		"intermediary", "sponsor", "influencer", "volunteer",
		"public_representative", "private_representative", "civil_representative",
		"facilitator", "lead_partner",
	}},
	// The three sectors of a local partnership (seed 003; SPEC C1, C10).
	{Sector, []string{"public", "private", "civil"}},
	// Kinds of organisation (SPEC C1; the ECI Forum's intermediaries, sponsors
	// and online communities of seed 001).
	{OrgKind, []string{
		"ngo", "association", "trade_union", "foundation", "company",
		"business_association", "public_authority", "municipality",
		"education_research", "media", "faith_based", "informal_group",
	}},
	// The six civil-society functions of the LAG training "Partnership and
	// interaction" (seed 004, after Mercy Corps, Local Partnerships Guide).
	{Function, []string{
		"representation", "advocacy", "capacity_building",
		"service_delivery", "social_functions", "social_change",
	}},
	// Levels at which to look for partners (seed 001; SPEC C1).
	{Level, []string{"local", "regional", "national", "european", "international"}},
	// The four categories of cooperation of seed 004: complementary,
	// convergent, creation of a new partner group, collaborative partnership
	// or consortium with shared leadership.
	{Cooperation, []string{"complementary", "convergent", "creation", "consortium"}},
	// Kinds of person (SPEC C1; influencers of seed 001, MEPs of seed 000).
	{PersonKind, []string{"politician", "mep", "journalist", "public_figure", "volunteer", "staff"}},
	// Pipeline stages of an engagement (SPEC C5): the forward path, then the
	// side exits.
	{Stage, []string{
		"identified", "contacted", "in_talks", "committed", "active",
		"declined", "paused", "ended",
	}},
	// Topics: the categories ("subject areas") of the European Citizens'
	// Initiative register; see eciCategories for the register's own codes.
	{Topic, []string{
		"agriculture", "culture_media", "digital_economy_society",
		"development_cooperation", "education_youth_sport",
		"employment_social_affairs", "energy", "environment_climate",
		"business_economy", "justice_fundamental_rights", "maritime_fisheries",
		"migration_asylum", "regional_development", "research",
		"consumers_health", "security", "transport", "trade_external_relations",
	}},
}
