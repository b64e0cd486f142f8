use digital_health_roles::*;
fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap(),
    };
    println!("{text:?}");
    println!("parse {:?}", parse_title(text));
    let c = classify(text);
    println!(
        "classify {:?}",
        c.as_ref().map(|c| (c.kind(), c.role(), c.family()))
    );
    if let Ok(c) = c {
        for e in c.evidence() {
            println!("  {:?} {:?} {:?}", e.part(), e.range(), &text[e.range()]);
        }
        if let Some(p) = c.evidence().iter().find(|e| e.part() == Part::Role) {
            println!(
                "piece -> {:?}",
                classify(&text[p.range()]).map(|c| c.role())
            );
        }
    }
}
