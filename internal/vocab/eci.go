package vocab

// eciCategories maps each topic code to the category code of the European
// Citizens' Initiative register (the categoryType values of the register's
// public API behind the Commission's ECI website, whose English labels the
// topic labels follow: "Agriculture", "Culture and media", …, "External trade
// and relations"). Source: the register's category list as used in 2026,
// seen through a public transcription of the register's data schema and
// labels; the Commission does not publish the list as a separate document.
var eciCategories = map[string]string{
	"agriculture":                "AGRI",
	"culture_media":              "CULT",
	"digital_economy_society":    "DECO",
	"development_cooperation":    "DEVCO",
	"education_youth_sport":      "EDU",
	"employment_social_affairs":  "EMPL",
	"energy":                     "ENER",
	"environment_climate":        "ENV",
	"business_economy":           "EURO",
	"justice_fundamental_rights": "JUST",
	"maritime_fisheries":         "MARE",
	"migration_asylum":           "MIGR",
	"regional_development":       "REGIO",
	"research":                   "RSH",
	"consumers_health":           "SANTE",
	"security":                   "SEC",
	"transport":                  "TRA",
	"trade_external_relations":   "TRADE",
}

// ECICategory returns the ECI register's category code ("AGRI") of a topic
// code ("agriculture").
func ECICategory(topic string) (string, bool) {
	c, ok := eciCategories[topic]
	return c, ok
}

// TopicOfECICategory returns the topic code of an ECI register category
// code, the inverse of ECICategory.
func TopicOfECICategory(category string) (string, bool) {
	for topic, c := range eciCategories {
		if c == category {
			return topic, true
		}
	}
	return "", false
}
