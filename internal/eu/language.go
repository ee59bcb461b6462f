package eu

// Language is an official language of the European Union.
type Language struct {
	Code    string // ISO 639-1 code, "bg"
	English string // name in English, "Bulgarian"
	Native  string // name in the language itself (endonym), "български"
}

// languages are the 24 official languages, in the EU protocol order of
// their native names.
// Source: Council Regulation No 1 of 15 April 1958 determining the
// languages to be used by the European Economic Community, Article 1, as
// last amended by the 2012 Act of Accession of Croatia (Croatian); native
// names as on the language selector of the EU institutions' websites.
var languages = []Language{
	{"bg", "Bulgarian", "български"},
	{"es", "Spanish", "español"},
	{"cs", "Czech", "čeština"},
	{"da", "Danish", "dansk"},
	{"de", "German", "Deutsch"},
	{"et", "Estonian", "eesti"},
	{"el", "Greek", "ελληνικά"},
	{"en", "English", "English"},
	{"fr", "French", "français"},
	{"ga", "Irish", "Gaeilge"},
	{"hr", "Croatian", "hrvatski"},
	{"it", "Italian", "italiano"},
	{"lv", "Latvian", "latviešu"},
	{"lt", "Lithuanian", "lietuvių"},
	{"hu", "Hungarian", "magyar"},
	{"mt", "Maltese", "Malti"},
	{"nl", "Dutch", "Nederlands"},
	{"pl", "Polish", "polski"},
	{"pt", "Portuguese", "português"},
	{"ro", "Romanian", "română"},
	{"sk", "Slovak", "slovenčina"},
	{"sl", "Slovenian", "slovenščina"},
	{"fi", "Finnish", "suomi"},
	{"sv", "Swedish", "svenska"},
}

// Languages returns the 24 official languages of the European Union in
// protocol order. The caller may modify the returned slice.
func Languages() []Language {
	return append([]Language(nil), languages...)
}

// LookupLanguage finds an official language by its ISO 639-1 code, ignoring
// case and any region ("pt-PT").
func LookupLanguage(code string) (Language, bool) {
	code = baseLang(code)
	for _, l := range languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}
