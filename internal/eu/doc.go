// Package eu holds the European Union reference data that Coalition ships
// with the program: the member states (and the United Kingdom for historic
// periods) with their names, the seats of each state in the European
// Parliament over time, the minimum number of signatories of a European
// citizens' initiative (ECI) in each state for every period since the ECI
// began on 1 April 2012, the minimum ages to sign an initiative and to vote
// in European Parliament elections, the 24 official languages and the NUTS
// 2024 regions.
//
// The package is pure data: no I/O beyond its embedded files, no state that
// changes after start-up, safe for concurrent use. Every table names its
// source in a comment beside it; data/README.md lists the data files with
// their sources and licences.
//
// Codes: the package speaks EU country codes (EL for Greece, UK for the
// United Kingdom) and accepts ISO 3166-1 alpha-2 codes (GR, GB) wherever a
// code is read. The United Kingdom is reachable only through the "Any"
// functions and the historic tables, since it left the Union on
// 31 January 2020.
package eu
