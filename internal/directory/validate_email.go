package directory

import "strings"

// plainAddress reports whether s is an e-mail address of the common form
// local@domain.tld in ASCII: a dot-atom local part (letters, digits and
// !#$%&'*+/=?^_`{|}~- with single dots between) and a domain of labels of
// letters, digits and inner hyphens, at least two of them. Every such address
// is one net/mail accepts as it is; checkEmail asks net/mail only about the
// others, which saves most of an import's address checking.
func plainAddress(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && dotAtom(local, isAtext) && strings.Contains(domain, ".") && dotAtom(domain, isLabelChar) && labelsOK(domain)
}

// dotAtom reports whether s is non-empty runs of characters for which ok
// holds, separated by single dots.
func dotAtom(s string, ok func(byte) bool) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && !ok(s[i]) {
			return false
		}
	}
	return true
}

// labelsOK reports whether no label of a domain starts or ends with a hyphen.
func labelsOK(domain string) bool {
	for label := range strings.SplitSeq(domain, ".") {
		if label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
	}
	return true
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isAtext reports whether c may appear in a dot-atom (RFC 5322 atext).
func isAtext(c byte) bool {
	return isAlnumByte(c) || strings.IndexByte("!#$%&'*+/=?^_`{|}~-", c) >= 0
}

func isLabelChar(c byte) bool { return isAlnumByte(c) || c == '-' }
