/* libxml2's HTML parser, for the C target CHTMLParser only (Swift never imports this module: see
 * CHTMLParser.h for why). The target exists to find libxml2 through pkg-config and to link it. */
#ifndef BYLINE_CLIBXML2_H
#define BYLINE_CLIBXML2_H
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#endif
