"""Generate the OWL ontology, the SHACL shapes and the Mermaid diagram from ``ontology.model``.

``policykg ontology`` writes ontology/policykg.ttl and ontology/shapes.ttl and refreshes the diagram in
ontology/README.md; tests fail when the committed files differ from what the model generates.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from ontology.model import CLASSES, PROPERTIES, PropertyDef, properties_of
from ontology.namespaces import ELI, M8G, OA, PKG, pkg_term

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "policykg.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
README = HERE / "README.md"
SHAPES = "https://w3id.org/policykg/shapes#"
VERSION = "0.1.0"
_BEGIN, _END = "<!-- BEGIN GENERATED DIAGRAM -->", "<!-- END GENERATED DIAGRAM -->"


def _bind(g: Graph) -> Graph:
    for prefix, ns in (
        ("pkg", str(PKG)),
        ("oa", str(OA)),
        ("eli", str(ELI)),
        ("m8g", str(M8G)),
        ("sh", str(SH)),
        ("pkgsh", SHAPES),
    ):
        g.bind(prefix, ns)
    return g


def ontology_graph() -> Graph:
    g = _bind(Graph())
    onto = URIRef(str(PKG).rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, DCTERMS.title, Literal("PolicyKG ontology", lang="en")))
    g.add((onto, DCTERMS.title, Literal("政策知识图谱本体", lang="zh")))
    g.add((onto, OWL.versionInfo, Literal(VERSION)))
    g.add(
        (
            onto,
            DCTERMS.description,
            Literal(
                "Plans, tasks, goals, targets, agencies, regions, programmes, cited documents and phases of "
                "Chinese local IP policy plans, with responsibilities as first-class AgentRoles and every "
                "fact traced to its text.",
                lang="en",
            ),
        )
    )
    for c in CLASSES:
        node = pkg_term(c.name)
        g.add((node, RDF.type, OWL.Class))
        g.add((node, RDFS.label, Literal(c.en, lang="en")))
        g.add((node, RDFS.label, Literal(c.zh, lang="zh")))
        g.add((node, RDFS.comment, Literal(c.comment, lang="en")))
        g.add((node, RDFS.isDefinedBy, onto))
        for parent in c.reuses:
            g.add((node, RDFS.subClassOf, parent))
        if c.parent:
            g.add((node, RDFS.subClassOf, pkg_term(c.parent)))
    for p in PROPERTIES:
        node = pkg_term(p.name)
        g.add((node, RDF.type, OWL.ObjectProperty if p.is_object else OWL.DatatypeProperty))
        g.add((node, RDFS.label, Literal(p.name, lang="en")))
        g.add((node, RDFS.isDefinedBy, onto))
        if p.comment:
            g.add((node, RDFS.comment, Literal(p.comment, lang="en")))
        if len(p.domain) == 1:
            g.add((node, RDFS.domain, pkg_term(p.domain[0])))
        else:
            union = BNode(f"domain-{p.name}")
            members = BNode(f"domain-{p.name}-members")
            Collection(g, members, [pkg_term(d) for d in p.domain])
            g.add((union, RDF.type, OWL.Class))
            g.add((union, OWL.unionOf, members))
            g.add((node, RDFS.domain, union))
        g.add((node, RDFS.range, pkg_term(str(p.range)) if p.is_object else URIRef(str(p.range))))
        if p.max == 1:
            g.add((node, RDF.type, OWL.FunctionalProperty))
        for parent in p.reuses:
            g.add((node, RDFS.subPropertyOf, parent))
    return g


def _property_shape(g: Graph, shape: URIRef, p: PropertyDef) -> None:
    prop = BNode(f"{shape.split('#')[-1]}-{p.name}")
    g.add((shape, SH.property, prop))
    g.add((prop, SH.path, pkg_term(p.name)))
    if p.is_object:
        g.add((prop, SH["class"], pkg_term(str(p.range))))
        g.add((prop, SH.nodeKind, SH.IRI))
    else:
        g.add((prop, SH.datatype, URIRef(str(p.range))))
    if p.min:
        g.add((prop, SH.minCount, Literal(p.min)))
    if p.max is not None:
        g.add((prop, SH.maxCount, Literal(p.max)))
    g.add((prop, SH.message, Literal(_message(p))))


def _message(p: PropertyDef) -> str:
    count = {(0, 1): "at most one", (1, 1): "exactly one", (1, None): "at least one"}.get(
        (p.min, p.max), "any number of"
    )
    kind = f"{p.range} node(s)" if p.is_object else f"{str(p.range).split('#')[-1]} value(s)"
    return f"pkg:{p.name} takes {count} {kind}"


def shapes_graph() -> Graph:
    g = _bind(Graph())
    for c in CLASSES:
        shape = URIRef(f"{SHAPES}{c.name}Shape")
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, pkg_term(c.name)))
        g.add((shape, SH.nodeKind, SH.IRI))
        for p in properties_of(c.name):
            _property_shape(g, shape, p)
        if SKOS.Concept in c.reuses:
            label = BNode(f"{c.name}Shape-prefLabel")
            g.add((shape, SH.property, label))
            g.add((label, SH.path, SKOS.prefLabel))
            g.add((label, SH.minCount, Literal(1)))
            g.add((label, SH.message, Literal("a concept needs a skos:prefLabel")))
    return g


def mermaid() -> str:
    lines = ["```mermaid", "classDiagram"]
    for c in CLASSES:
        attrs = [p for p in PROPERTIES if not p.is_object and c.name in p.domain]
        lines.append(f"    class {c.name} {{")
        lines.extend(f"        {str(p.range).split('#')[-1]} {p.name}" for p in attrs)
        lines.append("    }")
        if c.parent:
            lines.append(f"    {c.parent} <|-- {c.name}")
    for p in PROPERTIES:
        if p.is_object:
            for d in p.domain:
                card = "1" if p.min == 1 and p.max == 1 else ("0..1" if p.max == 1 else "*")
                lines.append(f'    {d} --> "{card}" {p.range} : {p.name}')
    lines.append("```")
    return "\n".join(lines) + "\n"


def serialise(g: Graph) -> str:
    return g.serialize(format="turtle")


def readme_with_diagram(readme: str) -> str:
    head, _, rest = readme.partition(_BEGIN)
    _, _, tail = rest.partition(_END)
    return f"{head}{_BEGIN}\n{mermaid()}{_END}{tail}"


def write_all() -> list[Path]:
    ONTOLOGY_FILE.write_text(serialise(ontology_graph()), encoding="utf-8")
    SHAPES_FILE.write_text(serialise(shapes_graph()), encoding="utf-8")
    README.write_text(readme_with_diagram(README.read_text(encoding="utf-8")), encoding="utf-8")
    return [ONTOLOGY_FILE, SHAPES_FILE, README]


def stale_files() -> list[Path]:
    """Generated files that differ from what the model generates now."""
    stale = []
    for path, text in (
        (ONTOLOGY_FILE, serialise(ontology_graph())),
        (SHAPES_FILE, serialise(shapes_graph())),
    ):
        if not path.exists() or not _same_graph(path.read_text(encoding="utf-8"), text):
            stale.append(path)
    if readme_with_diagram(README.read_text(encoding="utf-8")) != README.read_text(encoding="utf-8"):
        stale.append(README)
    return stale


def _same_graph(a: str, b: str) -> bool:
    from rdflib.compare import isomorphic

    return isomorphic(Graph().parse(data=a, format="turtle"), Graph().parse(data=b, format="turtle"))
