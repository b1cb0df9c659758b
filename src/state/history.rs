//! Undo and redo for a value edited step by step (the package tables): every
//! change is one step, except that consecutive keystrokes in the same field
//! are one step until another field is edited or the field is left; a new
//! change after an undo drops the redo steps.
use std::rc::Rc;

/// The present value and the steps around it.
#[derive(Clone, PartialEq, Debug)]
pub struct History<T> {
    past: Vec<Rc<T>>,
    present: Rc<T>,
    future: Vec<Rc<T>>,
    /// The field whose keystrokes are still being merged into the present step.
    open: Option<String>,
}

/// How many steps are kept; older ones fall off (the backup still has them).
pub const MAX_STEPS: usize = 200;

impl<T> History<T> {
    pub fn new(present: T) -> Self {
        History {
            past: Vec::new(),
            present: Rc::new(present),
            future: Vec::new(),
            open: None,
        }
    }

    pub fn present(&self) -> &Rc<T> {
        &self.present
    }

    /// Makes `next` the present, as one undoable step.
    pub fn push(&mut self, next: T) {
        let previous = std::mem::replace(&mut self.present, Rc::new(next));
        self.past.push(previous);
        if self.past.len() > MAX_STEPS {
            self.past.remove(0);
        }
        self.future.clear();
        self.open = None;
    }

    /// Makes `next` the present as a keystroke in `field`: merged into the
    /// step of the previous keystroke when that was in the same field.
    pub fn push_field(&mut self, next: T, field: &str)
    where
        T: PartialEq,
    {
        if self.open.as_deref() != Some(field) || self.past.is_empty() {
            self.push(next);
            self.open = Some(field.to_string());
            return;
        }
        self.present = Rc::new(next);
        self.future.clear();
        if self.past.last() == Some(&self.present) {
            // Typed back to where the step began: no step is left.
            self.past.pop();
            self.open = None;
        }
    }

    /// Ends the merging of keystrokes (the field was left); false when none was open.
    pub fn commit(&mut self) -> bool {
        self.open.take().is_some()
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop() else {
            return false;
        };
        self.open = None;
        self.future
            .push(std::mem::replace(&mut self.present, previous));
        true
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        self.open = None;
        self.past.push(std::mem::replace(&mut self.present, next));
        true
    }
}
