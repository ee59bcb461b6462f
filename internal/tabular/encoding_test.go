package tabular

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// codePageTexts are CSV files in the languages each Windows code page serves.
var codePageTexts = []struct {
	name string
	cm   *charmap.Charmap
	want string
	text string
}{
	{"slovenian", charmap.Windows1250, Windows1250, "ime;mesto\nDruštvo za varstvo okolja;Ljubljana\nZavod Čista energija;Maribor\nŽenski svet;Šentjur\n"},
	{"czech", charmap.Windows1250, Windows1250, "název;město\nSpolek přátel Šumavy;České Budějovice\nNadace Živá zahrada;Plzeň\n"},
	{"polish", charmap.Windows1250, Windows1250, "nazwa;miasto\nStowarzyszenie Łódzkie;Łódź\nFundacja Źródło;Kraków\nŻyczliwość;Gdańsk\n"},
	{"romanian", charmap.Windows1250, Windows1250, "nume;oraş\nAsociaţia Şcoala Verde;Bucureşti\nFundaţia Pădurea;Braşov\n"},
	{"romanian with â and î", charmap.Windows1250, Windows1250, "nume;oraş\nAsociaţia Tinerilor din România;Târgu Mureş\n" +
		"Împreună pentru Comunitate;Iaşi\nCentrul de Resurse pentru Participare Publică;Bucureşti\n"},
	{"hungarian", charmap.Windows1250, Windows1250, "név;város\nZöld Győr Egyesület;Győr\nFűtés és Ősz Alapítvány;Pécs\n"},
	{"croatian", charmap.Windows1250, Windows1250, "naziv;grad\nUdruga Đakovo;Đakovo\nZelena akcija;Čakovec\n"},
	{"croatian, only đ", charmap.Windows1250, Windows1250, "name;city\nUdruga Đakovo;Đakovo\nZelena akcija;Zagreb\n"},
	{"bulgarian", charmap.Windows1251, Windows1251, "име;град\nСдружение Зелена България;София\nФондация Читалище;Пловдив\n"},
	{"bulgarian upper case", charmap.Windows1251, Windows1251, "ИМЕ;ГРАД\nСДРУЖЕНИЕ ЗЕЛЕНА БЪЛГАРИЯ;СОФИЯ\n"},
	{"french", charmap.Windows1252, Windows1252, "nom;ville\nSociété générale des élèves;Paris\nAssociation à but non lucratif;Besançon\n"},
	{"german", charmap.Windows1252, Windows1252, "Name;Ort\nVerein für Umweltschutz;München\nStraße der Einheit e.V.;Köln\n"},
	{"spanish", charmap.Windows1252, Windows1252, "nombre;ciudad\nAsociación Española;Málaga\nFundación Niños;A Coruña\n"},
	{"italian", charmap.Windows1252, Windows1252, "nome;città\nAssociazione è più bella;Città di Castello\nUnità;Forlì\n"},
	{"danish", charmap.Windows1252, Windows1252, "navn;by\nForeningen Grøn Fremtid;Århus\nMiljøet;Kø\n"},
	{"icelandic", charmap.Windows1252, Windows1252, "nafn;staður\nLandvernd;Reykjavík\nFerðafélag Íslands;Reykjavík\n" +
		"Skógræktarfélag Akureyrar;Akureyri\nÞroskahjálp;Reykjavík\n"},
	// German and French without à, è or ê read the same in Windows-1250, where
	// Hungarian fits them better than German or French alone.
	{"german and french", charmap.Windows1252, Windows1252, "Name;Ort\nBürgerinitiative Grüne Mitte;Düsseldorf\nRéseau Écologie Solidarité;Besançon\nFörderverein Naturschutz;Lüneburg\n"},
	{"czech and polish", charmap.Windows1250, Windows1250, "název;město\nSdružení pro životní prostředí;Brno\nFundacja Przyjaciół Ziemi;Kraków\nSpolek Člověk a příroda;Olomouc\n"},
	{"latvian", charmap.Windows1257, Windows1257, "nosaukums;pilsēta;apraksts\nBiedrība „Zaļā brīvība“;Rīga;Vides aizsardzības organizācija\n" +
		"Latvijas Sarkanais Krusts;Rīga;Humānā palīdzība\nJauniešu centrs „Ģimeņu māja“;Liepāja;Ķekavas un Ogres jaunieši\n" +
		"Mežu īpašnieku biedrība;Jelgava;Koku stādīšana un dabas kopšana\n"},
	{"latvian, one row", charmap.Windows1257, Windows1257, "nosaukums;pilsēta\nZaļā biedrība;Rīga\n"},
	{"latvian, only ī", charmap.Windows1257, Windows1257, "name;city\nLatvijas Dabas fonds;Rīga\nVides aizsardzības klubs;Rīga\n"},
	{"latvian upper case", charmap.Windows1257, Windows1257, "NOSAUKUMS;PILSĒTA\nBIEDRĪBA ZAĻĀ BRĪVĪBA;RĪGA\nĶEKAVAS JAUNIEŠU CENTRS;ĶEKAVA\n"},
	{"lithuanian", charmap.Windows1257, Windows1257, "pavadinimas;miestas\nLietuvos žaliųjų judėjimas;Vilnius\n" +
		"Asociacija „Gyvųjų ąžuolų draugija“;Kaunas\nJaunimo centras „Šeimų užuovėja“;Klaipėda\nMoterų informacijos centras;Šiauliai\n"},
	{"estonian", charmap.Windows1257, Windows1257, "nimi;linn\nEesti-Tšehhi Sõprusühing;Tallinn\nMTÜ Jõgeva Noortekeskus;Jõgeva\n" +
		"Pärnu Naiste Tugikeskus;Pärnu\nVõru Kultuuriühing;Võru\n"},
	// Without š and ž, Estonian reads the same in Windows-1252.
	{"estonian without š", charmap.Windows1257, Windows1252, "nimi;linn\nMTÜ Jõgeva Noortekeskus;Jõgeva\nPärnu Naiste Tugikeskus;Pärnu\nVõru Kultuuriühing;Võru\n"},
	{"latvian and lithuanian", charmap.Windows1257, Windows1257, "name;city\nLatvijas Dabas fonds;Rīga\nLietuvos gamtos fondas;Vilnius\n" +
		"Baltijas vides forums;Rīga\nŽaliųjų judėjimas;Šiauliai\nKurzemes jauniešu apvienība;Ventspils\n"},
}

func TestDetectCodePages(t *testing.T) {
	for _, tc := range codePageTexts {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.cm.NewEncoder().Bytes([]byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(data); got != tc.want {
				t.Errorf("Detect = %s, want %s", got, tc.want)
			}
			tb := mustRead(t, data, "orgs.csv", Options{})
			if tb.r.Encoding() != tc.want || len(tb.rows) == 0 {
				t.Fatalf("encoding %s rows %d", tb.r.Encoding(), len(tb.rows))
			}
			got := strings.Join(tb.header, ";") + "\n" + strings.Join(tb.rows[0], ";") + "\n"
			if want := tc.text[:len(got)]; got != want {
				t.Errorf("decoded %q, want %q", got, want)
			}
		})
	}
}

func TestExplicitEncoding(t *testing.T) {
	data, _ := charmap.Windows1257.NewEncoder().Bytes([]byte("nosaukums;pilsēta\nZaļā biedrība;Rīga\n"))
	tb := mustRead(t, data, "", Options{Encoding: "windows-1257"})
	if tb.rows[0][0] != "Zaļā biedrība" || tb.header[1] != "pilsēta" {
		t.Errorf("decoded %q %q", tb.header, tb.rows)
	}
	tb = mustRead(t, []byte("a\nb\n"), "", Options{Encoding: "1250"})
	if tb.r.Encoding() != Windows1250 {
		t.Errorf("bare code page number: %s", tb.r.Encoding())
	}
	if _, err := read(t, []byte("a\nb\n"), "", Options{Encoding: "klingon-8"}); errKey(err) != "import.encoding" {
		t.Errorf("unknown encoding: %v", err)
	}
}

func TestDetectUTF8CutRune(t *testing.T) {
	s := []byte("Zaļā")
	if Detect(s[:len(s)-1]) != UTF8 {
		t.Error("a rune cut off by the end of the sample is still UTF-8")
	}
	if Detect([]byte("caf\xe9 ok")) == UTF8 {
		t.Error("a lone Latin-1 byte is not UTF-8")
	}
}

func TestDetectUTF8WithDamagedRow(t *testing.T) {
	data := []byte("name,country\nQA Good UTF8 Ā,LV\nQA Bad \xff\xfe UTF8,LV\nQA After Bad,LV\n")
	tb := mustRead(t, data, "orgs.csv", Options{})
	if tb.r.Encoding() != UTF8 {
		t.Errorf("encoding %s: one damaged row must not turn UTF-8 into a code page", tb.r.Encoding())
	}
	want := [][]string{{"QA Good UTF8 Ā", "LV"}, {"QA After Bad", "LV"}}
	if !slicesEqual(tb.rows, want) || len(tb.bad) != 1 || tb.bad[3] != "import.invalid_text" {
		t.Errorf("rows %q bad %v", tb.rows, tb.bad)
	}
}

func TestDetectCodePageWithAccidentalUTF8(t *testing.T) {
	// "ĂŞ" in Windows-1250 is C3 AA, valid UTF-8 for "ê"; the other lines
	// are not UTF-8 at all.
	text := "nume;oraş\nPĂŞUNEA VERDE;Braşov\nŢARA NOASTRĂ;Iaşi\n"
	data, err := charmap.Windows1250.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := Detect(data); got != Windows1250 {
		t.Errorf("Detect = %s, want %s", got, Windows1250)
	}
}
