// Package eumap draws a map of Europe as SVG, on the server, with each EU
// member state coloured by how far a European citizens' initiative has
// come towards the minimum number of signatories in that state.
//
// Render writes the map; State says what one state shows (its share of
// the threshold, a short label, an accessible title and a link); Options
// carry the language of the state names and the map's own texts, which
// the caller translates; Step gives the colour step of a share.
//
// The map is meant to be readable by everyone: the colours are a
// colour-blind-safe sequential palette (ColorBrewer YlGnBu), but every
// state also carries its code and label as text, states at or above
// their threshold are hatched and checked, a legend lists the steps, and
// Luxembourg, Malta and Cyprus are drawn again, enlarged, in insets
// beside the map. Each state is a link with a title, reachable by
// keyboard and screen reader; the map holds no script and no style
// attributes, so it can be embedded under a strict Content-Security-Policy.
// Pages can style the classes eumap, eumap-state (with data-code),
// eumap-outside, eumap-labels and eumap-legend, for example a focus ring.
//
// The outlines come from world.geo.json (Natural Earth–derived outlines),
// Unlicense, embedded as data/europe_countries.geo.json (see
// data/README.md). They are projected with the Lambert azimuthal
// equal-area projection centred on 52°N 10°E (as ETRS89-LAEA), cut to a
// frame around the member states and simplified on first use.
package eumap
