//! The structure tree: headings (with their titles), paragraphs and list
//! items in reading order, links inside their text with their
//! annotations, logos as figures with their text alternative.

use crate::model::Language;
use krilla::tagging::{Identifier, ListNumbering, Node, Tag, TagGroup, TagTree};

use super::draw::{Child, Tags};
use crate::layout::Role;

/// The tree of a document whose blocks have `roles`; links whose text was
/// not found (none expected) are added at the end, so that every
/// annotation is in the tree once.
pub fn tree(roles: &[Role], tags: Tags, orphan_links: Vec<Identifier>) -> TagTree {
    let Tags { blocks, texts, figures } = tags;
    let mut tree = TagTree::new();
    let mut figures = figures.into_iter().peekable();
    let mut list: Option<TagGroup> = None;
    let mut seen = 0;
    for ((role, pieces), text) in roles.iter().zip(blocks).zip(texts) {
        if pieces.is_empty() {
            continue;
        }
        while let Some((_, id, alt)) = figures.next_if(|f| f.0 <= seen) {
            tree.push(TagGroup::with_children(Tag::Figure(Some(super::short(&alt))), vec![id.into()]));
        }
        seen += 1;
        let children: Vec<Node> = pieces.into_iter().map(node).collect();
        if *role == Role::ListItem {
            let body = TagGroup::with_children(Tag::LBody, children);
            let item = TagGroup::with_children(Tag::LI, vec![body.into()]);
            list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::None))).push(item);
            continue;
        }
        if let Some(l) = list.take() {
            tree.push(l);
        }
        let group = match role {
            Role::Heading(level) => {
                let level = std::num::NonZeroU16::new(u16::from(*level)).unwrap_or(std::num::NonZeroU16::MIN);
                let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
                TagGroup::with_children(Tag::Hn(level, Some(super::short(&title))), children)
            }
            _ => TagGroup::with_children(Tag::P, children),
        };
        tree.push(group);
    }
    if let Some(l) = list.take() {
        tree.push(l);
    }
    for (_, id, alt) in figures {
        tree.push(TagGroup::with_children(Tag::Figure(Some(super::short(&alt))), vec![id.into()]));
    }
    for id in orphan_links {
        tree.push(TagGroup::with_children(Tag::Link, vec![id.into()]));
    }
    tree
}

fn node(piece: Child) -> Node {
    match piece {
        Child::Content(id) => id.into(),
        Child::Link(Some(annot), text) => TagGroup::with_children(Tag::Link, vec![annot.into(), text.into()]).into(),
        Child::Link(None, text) => text.into(),
    }
}

/// What a link does, in words, for screen readers: "Écrire à
/// contact@solidaires.org", "Call +33 1 58 39 30 20".
pub fn link_words(target: &str, lang: Language) -> String {
    let (id, arg, value) = if let Some(mail) = target.strip_prefix("mailto:") {
        ("link-mail", "address", mail)
    } else if let Some(tel) = target.strip_prefix("tel:") {
        ("link-phone", "number", tel)
    } else {
        ("link-web", "address", target)
    };
    crate::locale::say(lang, id, &[(arg, value)])
}
