// Package eci holds the rules of the European Citizens' Initiative that do not
// depend on storage: whether statements of support make an initiative valid
// (Assess), reading counts of support per member state from a file or a JSON
// object (ReadSupportCSV, ParseSupportJSON), and whether an organizer group
// may register an initiative (CheckGroup).
//
// Sources: Regulation (EU) 2019/788 on the European citizens' initiative,
// Articles 3 (conditions for validity: one million signatories, nationals of
// at least one quarter of the member states, the Annex I minimum in each) and
// 5 (the group of organisers: at least seven EU citizens residing in seven
// member states, old enough to vote in European Parliament elections, MEPs
// not counted; a representative and a substitute, and up to two further
// persons to act on the group's behalf). The thresholds and ages are the
// eu package's tables, each with its own source.
package eci
