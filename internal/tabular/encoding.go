package tabular

import (
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Names of the encodings Detect can return.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1250 = "windows-1250"
	Windows1251 = "windows-1251"
	Windows1252 = "windows-1252"
	Windows1257 = "windows-1257"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// lookupEncoding finds an encoding by a WHATWG label ("windows-1250", "cp1251",
// "latin2", "utf-16le") or a bare Windows code page number ("1250"). It returns
// nil for UTF-8, which needs no decoding.
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if len(name) == 4 && strings.HasPrefix(name, "12") {
		name = "windows-" + name
	}
	switch name {
	case "utf8", "utf-8":
		return nil, UTF8, nil
	case "utf16", "utf-16":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16", nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", invalid("import.encoding", "value", name)
	}
	canonical, _ := htmlindex.Name(e)
	if canonical == UTF8 {
		return nil, UTF8, nil
	}
	return e, canonical, nil
}

// decoder returns r decoded to UTF-8 from the named encoding, or r itself for
// UTF-8 (after its byte order mark, if any). UTF-16 keeps or drops its BOM as
// the transformer decides.
func decoder(r io.Reader, e encoding.Encoding) io.Reader {
	if e == nil {
		return r
	}
	return transform.NewReader(r, e.NewDecoder())
}
