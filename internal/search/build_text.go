package search

import (
	"strings"
)

// The shard's side of keySink: the same words as document's, numbered as
// soon as they are read. A word costs one map lookup: lower-cased ASCII runs
// are looked up without allocating, other runs are remembered with their
// folded words, and stems are remembered beside each word.

// nameRef is the nameHash of a name of a shard's document.
type nameRef struct {
	hash uint64
	doc  uint32
}

// stemSlot is a word's stem key in one language (lang is stemLangIndex).
type stemSlot struct {
	lang uint8
	id   uint32
}

// noStem marks a word without a stem in a slot's language.
const noStem = ^uint32(0)

func (s *shard) name(v string) {
	s.buf = s.words(s.buf[:0], v)
	if len(s.buf) == 0 {
		return
	}
	words := make([]string, len(s.buf))
	for i, id := range s.buf {
		words[i] = s.keys[id]
		s.entries = append(s.entries, id<<2|fieldName)
	}
	s.names = append(s.names, nameRef{nameHash(words), uint32(len(s.docs))})
}

func (s *shard) text(v, lang string) {
	s.buf = s.words(s.buf[:0], v)
	li := stemLangIndex[lang]
	for _, id := range s.buf {
		s.entries = append(s.entries, id<<2|fieldText)
		if li != 0 {
			if st := s.stem(id, li); st != noStem {
				s.entries = append(s.entries, st<<2|fieldText)
			}
		}
	}
}

// words appends the ids of the folded words of v to dst.
func (s *shard) words(dst []uint32, v string) []uint32 {
	for chunk := range chunks(v) {
		if isASCII(chunk) {
			dst = append(dst, s.asciiWord(chunk))
			continue
		}
		h := hashString(chunk)
		i, ok := s.folded.get(h)
		if !ok {
			var ids []uint32
			for _, w := range appendFolded(nil, strings.ToValidUTF8(chunk, " ")) {
				ids = append(ids, s.intern(w))
			}
			if s.folded.len() >= cacheMax {
				s.folded.reset()
				s.foldedIDs = s.foldedIDs[:0]
			}
			i = uint32(len(s.foldedIDs))
			s.folded.put(h, i)
			s.foldedIDs = append(s.foldedIDs, ids)
		}
		dst = append(dst, s.foldedIDs[i]...)
	}
	return dst
}

// cacheMax bounds the shard's cache of folded runs.
const cacheMax = 1 << 16

// asciiWord returns the id of cut(lowerASCII(chunk)), allocating only for a new word.
func (s *shard) asciiWord(chunk string) uint32 {
	var buf [maxTermBytes]byte
	n := copy(buf[:], chunk)
	for i, c := range buf[:n] {
		if 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	if n >= 3 && string(buf[n-3:n]) == "iya" {
		buf[n-2], n = 'a', n-1
	}
	h := hashBytes(buf[:n])
	if id, ok := s.ids.get(h); ok {
		return id
	}
	return s.number(string(buf[:n]), h)
}

// stem returns the id of the stem key of word id in stemmer language li.
func (s *shard) stem(id uint32, li uint8) uint32 {
	for _, sl := range s.stems[id] {
		if sl.lang == li {
			return sl.id
		}
	}
	lang := stemLangs[li-1]
	st := noStem
	if w, ok := stem(lang, s.keys[id]); ok {
		st = s.intern(stemKey(lang, w))
	}
	slots := &s.stems[id]
	slots[1], slots[0] = slots[0], stemSlot{li, st}
	return st
}

// intern returns the id of key k, numbering it when new.
func (s *shard) intern(k string) uint32 {
	h := hashString(k)
	if id, ok := s.ids.get(h); ok {
		return id
	}
	return s.number(strings.Clone(k), h) // a word may point into a long description
}

// number numbers a new key k with hash h.
func (s *shard) number(k string, h keyHash) uint32 {
	id := uint32(len(s.keys))
	s.ids.put(h, id)
	s.keys = append(s.keys, k)
	s.stems = append(s.stems, [2]stemSlot{})
	return id
}
