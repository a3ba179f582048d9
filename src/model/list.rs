//! Ordered lists of items with ids, the shape of every register in a plan:
//! insert at a place, remove (remembering the place), move. Each returns what
//! its inverse needs, so edits on any register undo the same way.
use super::edit::EditError;
use super::ids::PlanId;

pub trait Identified {
    fn id(&self) -> PlanId;
}

pub fn index_of<T: Identified>(list: &[T], id: PlanId) -> Result<usize, EditError> {
    list.iter()
        .position(|x| x.id() == id)
        .ok_or(EditError::NotFound(id))
}

pub fn get_mut<T: Identified>(list: &mut [T], id: PlanId) -> Result<&mut T, EditError> {
    let i = index_of(list, id)?;
    Ok(&mut list[i])
}

pub fn insert<T: Identified>(list: &mut Vec<T>, index: usize, item: T) -> Result<(), EditError> {
    if index > list.len() {
        return Err(EditError::IndexOutOfRange {
            index,
            len: list.len(),
        });
    }
    if index_of(list, item.id()).is_ok() {
        return Err(EditError::DuplicateId(item.id()));
    }
    list.insert(index, item);
    Ok(())
}

/// Removes the item and returns it with the place it had.
pub fn remove<T: Identified>(list: &mut Vec<T>, id: PlanId) -> Result<(usize, T), EditError> {
    let i = index_of(list, id)?;
    Ok((i, list.remove(i)))
}

/// Moves the item to `to` and returns the place it came from.
pub fn move_to<T: Identified>(
    list: &mut Vec<T>,
    id: PlanId,
    to: usize,
) -> Result<usize, EditError> {
    let from = index_of(list, id)?;
    if to >= list.len() {
        return Err(EditError::IndexOutOfRange {
            index: to,
            len: list.len(),
        });
    }
    let item = list.remove(from);
    list.insert(to, item);
    Ok(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct X(u8);
    impl Identified for X {
        fn id(&self) -> PlanId {
            PlanId::from_random_bytes([self.0; 16])
        }
    }

    fn id(n: u8) -> PlanId {
        PlanId::from_random_bytes([n; 16])
    }

    #[test]
    fn remove_then_insert_at_the_returned_place_restores_the_order() {
        let mut l = vec![X(1), X(2), X(3)];
        let (i, x) = remove(&mut l, id(2)).unwrap();
        assert_eq!(l, [X(1), X(3)]);
        insert(&mut l, i, x).unwrap();
        assert_eq!(l, [X(1), X(2), X(3)]);
    }

    #[test]
    fn moving_back_to_the_returned_place_restores_the_order() {
        let mut l = vec![X(1), X(2), X(3)];
        let from = move_to(&mut l, id(1), 2).unwrap();
        assert_eq!(l, [X(2), X(3), X(1)]);
        move_to(&mut l, id(1), from).unwrap();
        assert_eq!(l, [X(1), X(2), X(3)]);
    }

    #[test]
    fn bad_places_missing_and_duplicate_ids_are_errors() {
        let mut l = vec![X(1)];
        assert!(matches!(
            insert(&mut l, 3, X(2)),
            Err(EditError::IndexOutOfRange { .. })
        ));
        assert_eq!(insert(&mut l, 0, X(1)), Err(EditError::DuplicateId(id(1))));
        assert_eq!(
            remove(&mut l, id(9)).map(|_| ()),
            Err(EditError::NotFound(id(9)))
        );
        assert!(matches!(
            move_to(&mut l, id(1), 1),
            Err(EditError::IndexOutOfRange { .. })
        ));
    }
}
