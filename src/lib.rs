extern crate alloc;
include!(concat!(env!("OUT_DIR"), "/content.rs"));
